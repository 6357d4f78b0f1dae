package io.github.taurusdbhtapmock.observability;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.journal.JournalNotes;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.gateway.pipeline.RequestIdFilter;
import io.github.taurusdbhtapmock.platform.web.RequestIds;

/**
 * Times every request and, once it is answered, hands it to the call log and the request
 * metrics. A filter rather than a HandlerInterceptor so that what never reaches a handler
 * (an unknown route, a body refused as too large, a failed credential check) is logged
 * and counted too. It runs right after {@link RequestIdFilter} so the time includes every
 * other filter and the id is known.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CallObservationFilter extends OncePerRequestFilter {

	private final CallLog log;

	private final RequestMetrics metrics;

	private final ControlPlaneMetrics controlPlaneMetrics;

	private final String managementBasePath;

	private final OperationNames operations = new OperationNames();

	CallObservationFilter(CallLog log, RequestMetrics metrics, ControlPlaneMetrics controlPlaneMetrics,
			@Value("${management.endpoints.web.base-path:/actuator}") String managementBasePath) {
		this.log = log;
		this.metrics = metrics;
		this.controlPlaneMetrics = controlPlaneMetrics;
		this.managementBasePath = managementBasePath;
	}

	/**
	 * Scrapes and health probes every few seconds would bury the calls a user is looking
	 * for. (With the endpoints at the root, they cannot be told from unknown routes by
	 * path, and are logged.)
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (this.managementBasePath.isEmpty() || "/".equals(this.managementBasePath)) {
			return false;
		}
		String path = path(request);
		return path.startsWith(this.managementBasePath) && (path.length() == this.managementBasePath.length()
				|| path.charAt(this.managementBasePath.length()) == '/');
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			// an exception that escapes every handler becomes the container's 500
			Call call = call(request, failed ? 500 : response.getStatus(), System.nanoTime() - start);
			this.log.log(call);
			if (!call.controlPlane()) {
				this.metrics.record(call);
			}
			if (call.fault() != null) {
				this.controlPlaneMetrics.faultFired(call);
			}
		}
	}

	private Call call(HttpServletRequest request, int status, long nanos) {
		String path = path(request);
		String operation = this.operations.of(request);
		String projectId = null;
		String instanceId = null;
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			projectId = (variables.get("project_id") instanceof String id) ? id : null;
			instanceId = (variables.get("instance_id") instanceof String id) ? id : null;
		}
		String taskName = (operation != null) ? taskName(request) : null;
		JournalEntry.Fault fault = JournalNotes.fault(request);
		boolean dropped = fault != null && Call.DROP.equals(fault.effect());
		return new Call(operation, (operation != null) ? null : request.getMethod() + " " + LogValues.clean(path),
				path.startsWith(ControlPlaneProperties.PATH_PREFIX + "/"), LogValues.clean(projectId),
				LogValues.clean(instanceId), LogValues.clean(taskName), status,
				dropped ? null : errorCode(request, status), nanos, RequestIds.of(request),
				(fault != null) ? fault.effect() : null, (fault != null) ? LogValues.clean(fault.id()) : null);
	}

	/**
	 * The code the reply carried. Replies made outside Spring MVC (a filter refusing the
	 * body, the servlet container's error page) are made from the status with
	 * {@link ErrorCode#forHttpStatus}, so the same mapping recovers their code. A dropped
	 * connection carried no reply, so it has no code.
	 */
	private static String errorCode(HttpServletRequest request, int status) {
		if (status < 400) {
			return null;
		}
		String recorded = ErrorBodyFactory.recordedErrorCode(request);
		return (recorded != null) ? recorded : ErrorCode.forHttpStatus(status).code();
	}

	/**
	 * From the body as parsed, else from the query of the GET operations that take it
	 * there. Only a GET's query is read: for a form-encoded body, getParameter would read
	 * the body now, from a client that may be slow.
	 */
	private static String taskName(HttpServletRequest request) {
		String fromBody = TaskNameAdvice.taskName(request);
		if (fromBody != null || request.getQueryString() == null || !"GET".equals(request.getMethod())) {
			return fromBody;
		}
		try {
			String taskName = request.getParameter("task_name");
			return (taskName != null) ? taskName : request.getParameter("main_task_name");
		}
		catch (RuntimeException ex) {
			// a query Tomcat cannot decode was already answered as an error; the line
			// goes without a task
			return null;
		}
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		return (!contextPath.isEmpty() && uri.startsWith(contextPath)) ? uri.substring(contextPath.length()) : uri;
	}

}
