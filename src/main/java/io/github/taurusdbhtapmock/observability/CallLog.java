package io.github.taurusdbhtapmock.observability;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.github.taurusdbhtapmock.platform.web.Exchange;
import io.github.taurusdbhtapmock.platform.web.ExchangeListener;

/**
 * Writes one line per answered call: calls to the emulated API at INFO, control-plane
 * calls at DEBUG, both on the logger {@value #LOGGER_NAME} so a user can turn them up or
 * down with one setting. Headers are never written, so no token, Authorization header or
 * signature can reach the log; nor is the query, which clients are free to fill with
 * anything. Values the client chose go through {@link LogValues}.
 *
 * <pre>
 * ModifyDataSync =&gt; 200 (3.1 ms) project_id=... instance_id=... task_name=task_demo request_id=...
 * ListStarRocksDataReplicationConfig =&gt; 400 DBS.270022 (0.9 ms) project_id=... task_name=nope request_id=...
 * ModifyDataSync =&gt; 503 DBS.05000000 (0.4 ms) project_id=... fault=error fault_rule=r1 request_id=...
 * </pre>
 */
@Component
class CallLog implements ExchangeListener {

	static final String LOGGER_NAME = "io.github.taurusdbhtapmock.calls";

	private static final Logger log = LoggerFactory.getLogger(LOGGER_NAME);

	private final ObservedRequests observed;

	/**
	 * With a JSON format, the fields also travel as key-value pairs and so become JSON
	 * fields of their own.
	 */
	private final boolean structured;

	CallLog(Environment environment, ObservedRequests observed) {
		this.observed = observed;
		this.structured = StringUtils.hasText(environment.getProperty("logging.structured.format.console"))
				|| StringUtils.hasText(environment.getProperty("logging.structured.format.file"));
	}

	@Override
	public boolean listensTo(HttpServletRequest request) {
		return this.observed.observed(request);
	}

	@Override
	public void exchanged(Exchange call) {
		boolean controlPlane = ObservedRequests.isControlPlane(call.path());
		if (controlPlane ? !log.isDebugEnabled() : !log.isInfoEnabled()) {
			return;
		}
		LoggingEventBuilder event = controlPlane ? log.atDebug() : log.atInfo();
		if (this.structured) {
			addKeyValues(event, call);
		}
		event.log(line(call));
	}

	static String line(Exchange call) {
		StringBuilder line = new StringBuilder(224);
		line.append(label(call)).append(" => ");
		if (call.droppedConnection()) {
			line.append("connection dropped");
		}
		else {
			line.append(call.status());
		}
		if (call.errorCode() != null) {
			line.append(' ').append(call.errorCode());
		}
		line.append(" (");
		appendMillis(line, call.durationNanos());
		line.append(" ms)");
		appendField(line, "project_id", LogValues.clean(call.projectId()));
		appendField(line, "instance_id", LogValues.clean(call.instanceId()));
		appendField(line, "task_name", LogValues.clean(call.taskName()));
		if (call.fault() != null) {
			appendField(line, "fault", call.fault().effect());
			appendField(line, "fault_rule", LogValues.clean(call.fault().ruleId()));
		}
		appendField(line, "request_id", call.requestId());
		return line.toString();
	}

	/**
	 * What the line leads with: the operation's name, as in the SDK, else the method and
	 * path (without the query).
	 */
	private static String label(Exchange call) {
		return (call.operation() != null) ? call.operation() : call.method() + " " + LogValues.clean(call.path());
	}

	private static void addKeyValues(LoggingEventBuilder event, Exchange call) {
		event.addKeyValue("operation", label(call));
		if (!call.droppedConnection()) {
			event.addKeyValue("status", call.status());
		}
		if (call.errorCode() != null) {
			event.addKeyValue("error_code", call.errorCode());
		}
		event.addKeyValue("duration_ms", millis(call.durationNanos()));
		if (call.projectId() != null) {
			event.addKeyValue("project_id", LogValues.clean(call.projectId()));
		}
		if (call.instanceId() != null) {
			event.addKeyValue("instance_id", LogValues.clean(call.instanceId()));
		}
		if (call.taskName() != null) {
			event.addKeyValue("task_name", LogValues.clean(call.taskName()));
		}
		if (call.fault() != null) {
			event.addKeyValue("fault", call.fault().effect())
				.addKeyValue("fault_rule", LogValues.clean(call.fault().ruleId()));
		}
		event.addKeyValue("request_id", call.requestId());
	}

	private static void appendField(StringBuilder line, String name, String value) {
		if (value != null) {
			line.append(' ').append(name).append('=').append(value);
		}
	}

	/** Tenths of a millisecond, without String.format's parsing on every call. */
	private static void appendMillis(StringBuilder line, long nanos) {
		long tenths = (nanos + 50_000) / 100_000;
		line.append(tenths / 10).append('.').append(tenths % 10);
	}

	private static double millis(long nanos) {
		return ((nanos + 500) / 1_000) / 1_000.0;
	}

}
