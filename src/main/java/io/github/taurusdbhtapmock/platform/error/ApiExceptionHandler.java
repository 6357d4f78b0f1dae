package io.github.taurusdbhtapmock.platform.error;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.github.taurusdbhtapmock.platform.web.RequestIds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place exceptions become error replies, for everything Spring MVC dispatches.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final String CONTROL_PLANE_PREFIX = "/_emulator/";

	private final ErrorBodyFactory errors;

	ApiExceptionHandler(ErrorBodyFactory errors) {
		this.errors = errors;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ErrorBody> apiException(ApiException ex, HttpServletRequest request, Locale locale) {
		ResponseEntity<ErrorBody> reply = reply(ex.errorCode(), ex.detail(), request, locale);
		if (ex.retryAfter() == null) {
			return reply;
		}
		long seconds = Math.max(1, ex.retryAfter().toSeconds() + ((ex.retryAfter().toNanosPart() > 0) ? 1 : 0));
		return ResponseEntity.status(reply.getStatusCode())
			.headers(reply.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(reply.getBody());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ErrorBody> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request,
			Locale locale) {
		List<String> fieldErrors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> error.getField() + ": " + error.getDefaultMessage())
			.toList();
		return reply(ErrorCode.PARAMETER_ERROR, Violations.fieldErrors(fieldErrors), request, locale);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ErrorBody> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request,
			Locale locale) {
		List<String> fieldErrors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = parameterName(result.getMethodParameter());
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = (error instanceof FieldError fieldError) ? fieldError.getField() : name;
				fieldErrors.add(field + ": " + error.getDefaultMessage());
			}
		});
		return reply(ErrorCode.PARAMETER_ERROR, Violations.fieldErrors(fieldErrors), request, locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			Locale locale) {
		return reply(ErrorCode.PARAMETER_ERROR,
				new ApiException.Detail("detail.query-required", List.of(ex.getParameterName())), request, locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ErrorBody> unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request,
			Locale locale) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof RequestBodyTooLargeException || cause instanceof RequestBodyTimeoutException) {
			return bodyRefused((IOException) cause, request, locale);
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return reply(ErrorCode.PARAMETER_ERROR, new ApiException.Detail("detail.wrong-json-type", List
				.of(JsonMistakes.path(mismatch.getPath()), JsonMistakes.expectedType(mismatch.getTargetType()))),
					request, locale);
		}
		if (cause instanceof MismatchedInputException mismatch && mismatch.getCurrentToken() != null) {
			return reply(ErrorCode.EMPTY_REQUEST, new ApiException.Detail("detail.body-not-object", List.of()), request,
					locale);
		}
		if (cause instanceof JacksonException jackson) {
			return reply(ErrorCode.EMPTY_REQUEST,
					new ApiException.Detail("detail.body-not-json", List.of(JsonMistakes.parserMessage(jackson))),
					request, locale);
		}
		if (sentBody(request) && !isJson(request.getContentType())) {
			// Spring reads no body it cannot convert on a DELETE and reports it missing;
			// the real problem is the type
			return reply(ErrorCode.PARAMETER_ERROR,
					new ApiException.Detail("detail.content-type",
							List.of(request.getContentType() != null ? request.getContentType() : "(none)")),
					request, locale);
		}
		return reply(ErrorCode.EMPTY_REQUEST, new ApiException.Detail("detail.body-missing", List.of()), request,
				locale);
	}

	/**
	 * Tomcat refuses a query string that is not valid percent-encoded UTF-8 when it is
	 * first read.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ErrorBody> undecodableQuery(InvalidParameterException ex, HttpServletRequest request,
			Locale locale) {
		return reply(ErrorCode.API_REQUEST_ERROR, new ApiException.Detail("detail.query-not-decodable", List.of()),
				request, locale);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ErrorBody> unsupportedContentType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request,
			Locale locale) {
		String contentType = (ex.getContentType() != null) ? ex.getContentType().toString() : "(none)";
		return reply(ErrorCode.PARAMETER_ERROR, new ApiException.Detail("detail.content-type", List.of(contentType)),
				request, locale);
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class,
			HttpRequestMethodNotSupportedException.class })
	ResponseEntity<ErrorBody> unknownApi(Exception ex, HttpServletRequest request, Locale locale) {
		return reply(ErrorCode.API_NOT_FOUND, new ApiException.Detail("detail.route-not-found",
				List.of(request.getMethod(), request.getRequestURI())), request, locale);
	}

	/**
	 * A body over its limit or too slow, met while the application read it (a
	 * control-plane body is read raw): the control plane names the limit and its setting;
	 * the gateway says its documented sentence alone.
	 */
	@ExceptionHandler({ RequestBodyTooLargeException.class, RequestBodyTimeoutException.class })
	ResponseEntity<ErrorBody> bodyRefused(IOException ex, HttpServletRequest request, Locale locale) {
		boolean controlPlane = request.getRequestURI().startsWith(CONTROL_PLANE_PREFIX);
		if (ex instanceof RequestBodyTooLargeException tooLarge) {
			return reply(ErrorCode.REQUEST_ENTITY_TOO_LARGE,
					controlPlane ? new ApiException.Detail("detail.body-too-large",
							List.of(String.valueOf(tooLarge.maxBytes()), tooLarge.setting())) : null,
					request, locale);
		}
		Duration timeout = ((RequestBodyTimeoutException) ex).timeout();
		return reply(ErrorCode.REQUEST_TIMEOUT,
				controlPlane
						? new ApiException.Detail("detail.body-too-slow",
								List.of(RequestBodyTimeoutException.describe(timeout), "emulator.limits.body-timeout"))
						: null,
				request, locale);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ErrorBody> unexpected(Exception ex, HttpServletRequest request, Locale locale) {
		log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), ex);
		return reply(ErrorCode.SERVER_ERROR, null, request, locale);
	}

	private ResponseEntity<ErrorBody> reply(ErrorCode code, ApiException.Detail detail, HttpServletRequest request,
			Locale locale) {
		return this.errors.entity(forControlPlane(code, request), detail, locale, RequestIds.of(request));
	}

	/**
	 * A malformed or refused control-plane call gets the control plane's own code: the
	 * emulated API's DBS or APIGW codes would suggest the emulated service refused it.
	 */
	private static ErrorCode forControlPlane(ErrorCode code, HttpServletRequest request) {
		return request.getRequestURI().startsWith(CONTROL_PLANE_PREFIX) ? code.forControlPlane() : code;
	}

	private static boolean sentBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private static boolean isJson(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * The name the client used: the query parameter's or path variable's, not the Java
	 * parameter's.
	 */
	private static String parameterName(MethodParameter parameter) {
		RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
		if (query != null && !query.name().isEmpty()) {
			return query.name();
		}
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		if (path != null && !path.name().isEmpty()) {
			return path.name();
		}
		return parameter.getParameterName();
	}

}
