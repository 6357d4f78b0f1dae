package io.github.taurusdbhtapmock.observability;

import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import io.github.taurusdbhtapmock.service.replication.wire.CreateReplicationRequest;
import io.github.taurusdbhtapmock.service.replication.wire.TaskConfiguration;
import io.github.taurusdbhtapmock.service.replication.wire.TaskNameRequest;
import io.github.taurusdbhtapmock.platform.web.ExchangeNotes;

/**
 * Notes on the exchange the task a request body names, for the per-call log line. It
 * takes the name from the record Spring MVC has already parsed, so nothing reads the body
 * twice and the replication code needs no logging concerns. It runs before validation, so
 * a refused request still shows the name the client sent.
 */
@ControllerAdvice
class TaskNameAdvice extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		Class<?> type = parameter.getParameterType();
		return TaskConfiguration.class.isAssignableFrom(type) || type == TaskNameRequest.class
				|| type == CreateReplicationRequest.class;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		// the message is Spring's wrapper around the request, so the request is taken
		// from the thread
		String taskName = taskNameOf(body);
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (taskName != null && attributes != null) {
			ExchangeNotes.taskNamed(attributes, taskName);
		}
		return body;
	}

	private static String taskNameOf(Object body) {
		if (body instanceof TaskConfiguration configuration) {
			return configuration.taskName();
		}
		if (body instanceof TaskNameRequest request) {
			return request.taskName();
		}
		if (body instanceof CreateReplicationRequest request) {
			return request.taskName();
		}
		return null;
	}

}
