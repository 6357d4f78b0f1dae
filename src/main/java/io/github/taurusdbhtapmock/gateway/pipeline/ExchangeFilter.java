package io.github.taurusdbhtapmock.gateway.pipeline;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import io.github.taurusdbhtapmock.gateway.body.RequestBody;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.Exchange;
import io.github.taurusdbhtapmock.platform.web.ExchangeListener;
import io.github.taurusdbhtapmock.platform.web.ExchangeNotes;
import io.github.taurusdbhtapmock.platform.web.RequestIds;
import io.github.taurusdbhtapmock.platform.web.SdkOperations;

/**
 * The pipeline's exchange step: times every request and, once it is answered, builds its
 * one {@link Exchange} and hands it to the listeners that asked for it. It runs around
 * every step that can refuse a request, so what never reaches a handler (an unknown
 * route, a body refused as too large, a failed credential check) is recorded as the
 * client saw it.
 */
final class ExchangeFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ExchangeFilter.class);

	/**
	 * Credentials, which listeners that print exchanges (a journal shown on a test
	 * failure) must not show: the gateway's, and the control plane's token.
	 */
	private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "x-auth-token", "x-security-token",
			"x-emulator-token");

	private final List<ExchangeListener> listeners;

	private final Clock clock;

	/**
	 * @param clock real time: the exchange records when requests really came, whatever
	 * the emulated service's clock says
	 */
	ExchangeFilter(List<ExchangeListener> listeners, Clock clock) {
		this.listeners = List.copyOf(listeners);
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<ExchangeListener> listening = listening(request);
		if (listening.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		int bodyBytes = ExchangeListener.NO_BODY;
		for (ExchangeListener listener : listening) {
			bodyBytes = Math.max(bodyBytes, listener.bodyBytes());
		}
		if (bodyBytes != ExchangeListener.NO_BODY) {
			RequestBody.keepStart(request, bodyBytes);
		}
		Instant time = this.clock.instant();
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			if (!failed && request.isAsyncStarted()) {
				// the body is still arriving: the exchange ends when the reply is
				// complete
				request.getAsyncContext().addListener(new Completion(() -> {
					Exchange exchange = exchange(request, response.getStatus(), time, System.nanoTime() - start);
					listening.forEach((listener) -> tell(listener, exchange));
				}));
			}
			else {
				// an exception escaping the chain becomes the container's 500 after this
				// step
				Exchange exchange = exchange(request, failed ? 500 : response.getStatus(), time,
						System.nanoTime() - start);
				listening.forEach((listener) -> tell(listener, exchange));
			}
		}
	}

	/** Runs once an asynchronous request is complete, however it ended. */
	private record Completion(Runnable action) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.action.run();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
		}

		@Override
		public void onError(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

	}

	private List<ExchangeListener> listening(HttpServletRequest request) {
		List<ExchangeListener> listening = new ArrayList<>(this.listeners.size());
		for (ExchangeListener listener : this.listeners) {
			if (listener.listensTo(request)) {
				listening.add(listener);
			}
		}
		return listening;
	}

	/** One listener failing costs the others nothing, nor the client its reply. */
	private static void tell(ExchangeListener listener, Exchange exchange) {
		try {
			listener.exchanged(exchange);
		}
		catch (RuntimeException ex) {
			log.warn("{} failed on the exchange {}", listener.getClass().getSimpleName(), exchange.requestId(), ex);
		}
	}

	private static Exchange exchange(HttpServletRequest request, int status, Instant time, long nanos) {
		String operation = SdkOperations.of(request);
		String projectId = null;
		String instanceId = null;
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			projectId = (variables.get("project_id") instanceof String id) ? id : null;
			instanceId = (variables.get("instance_id") instanceof String id) ? id : null;
		}
		Exchange.Fault fault = ExchangeNotes.fault(request);
		boolean dropped = fault != null && fault.droppedConnection();
		RequestBody.Start body = RequestBody.start(request);
		return new Exchange(time, nanos, request.getMethod(), path(request), request.getQueryString(), operation,
				projectId, instanceId, (operation != null) ? taskName(request) : null, dropped ? null : status,
				dropped ? null : errorCode(request, status), fault, RequestIds.of(request), headers(request),
				(body != null) ? body.text() : null, body != null && body.truncated());
	}

	/**
	 * The code the reply carried. Replies made outside Spring MVC (a step refusing the
	 * body, the servlet container's error page) are made from the status with
	 * {@link ErrorCode#forHttpStatus}, so the same mapping recovers their code.
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
		String fromBody = ExchangeNotes.taskName(request);
		if (fromBody != null || request.getQueryString() == null || !"GET".equals(request.getMethod())) {
			return fromBody;
		}
		try {
			String taskName = request.getParameter("task_name");
			return (taskName != null) ? taskName : request.getParameter("main_task_name");
		}
		catch (RuntimeException ex) {
			// a query Tomcat cannot decode was already answered as an error; the exchange
			// goes without a task
			return null;
		}
	}

	/**
	 * Names lower-cased (HTTP/2 sends them so anyway), repeated headers joined with ", ",
	 * credentials hidden.
	 */
	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new TreeMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			String key = name.toLowerCase(Locale.ROOT);
			String value = CREDENTIAL_HEADERS.contains(key) ? Exchange.REDACTED
					: String.join(", ", Collections.list(request.getHeaders(name)));
			headers.merge(key, value, (first, second) -> first + ", " + second);
		}
		return headers;
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		return (!contextPath.isEmpty() && uri.startsWith(contextPath)) ? uri.substring(contextPath.length()) : uri;
	}

}
