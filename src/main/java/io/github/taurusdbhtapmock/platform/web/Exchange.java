package io.github.taurusdbhtapmock.platform.web;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One exchange with the emulator as the gateway saw it, from the request's arrival to the
 * end of its reply: built once per request, after the reply, by the pipeline's
 * {@link PipelineStep#EXCHANGE} step, and handed to every {@link ExchangeListener} that
 * listens to it (the request journal, the call log, the metrics).
 *
 * @param time when the request arrived, in real time (a manual emulator clock stands
 * still)
 * @param durationNanos from the arrival to the end of the reply, fault delays included
 * @param path the path within the application, still percent-encoded, without the query
 * @param query the raw query string, or null without one
 * @param operation the SDK operation the request was routed to, or null when it reached
 * none (an unknown path, or anything but the emulated API)
 * @param projectId the {@code project_id} of the route, decoded; null when not routed
 * @param instanceId the {@code instance_id} of the route, decoded; null when not routed
 * @param taskName the task the request named (in its body, or in the query of the GET
 * operations that take it there); null when none
 * @param status the reply's status; null when a fault rule dropped the connection and
 * nothing was answered
 * @param errorCode the error_code of the reply; null for a success or a dropped
 * connection
 * @param fault the fault rule that fired on the exchange, or null
 * @param requestId the exchange's id, as sent in X-Request-Id
 * @param headers the request headers, by name in lower case and sorted, repeated headers
 * joined with ", ", credentials replaced by {@value #REDACTED}
 * @param body the start of the request body as UTF-8 text, as much as the listeners asked
 * for; null without a body or when no listener asked for it
 * @param bodyTruncated whether the body was longer than what {@code body} holds
 */
public record Exchange(Instant time, long durationNanos, String method, String path, String query, String operation,
		String projectId, String instanceId, String taskName, Integer status, String errorCode, Fault fault,
		String requestId, Map<String, String> headers, String body, boolean bodyTruncated) {

	/** What a credential header reads in {@link #headers()}. */
	public static final String REDACTED = "[redacted]";

	public Exchange {
		headers = Collections.unmodifiableSortedMap(new TreeMap<>(headers));
	}

	/**
	 * A fault rule closed the connection: the client got no reply, whatever the status
	 * would have been.
	 */
	public boolean droppedConnection() {
		return this.fault != null && this.fault.droppedConnection();
	}

	/**
	 * The fault rule that fired on an exchange.
	 *
	 * @param ruleId the rule's id, as the control plane lists it
	 * @param effect {@code error}, {@code delay} or {@code drop}
	 * @param delayMs the delay the rule drew (delay rules only), else null
	 */
	public record Fault(String ruleId, String effect, Long delayMs) {

		public static final String DROP = "drop";

		public boolean droppedConnection() {
			return DROP.equals(this.effect);
		}

	}

}
