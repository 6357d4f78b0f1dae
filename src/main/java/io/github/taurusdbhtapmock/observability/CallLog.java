package io.github.taurusdbhtapmock.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Writes one line per answered call: calls to the emulated API at INFO, control-plane
 * calls at DEBUG, both on the logger {@value #LOGGER_NAME} so a user can turn them up or
 * down with one setting. Headers are never written, so no token, Authorization header or
 * signature can reach the log; nor is the query, which clients are free to fill with
 * anything.
 *
 * <pre>
 * ModifyDataSync =&gt; 200 (3.1 ms) project_id=... instance_id=... task_name=task_demo request_id=...
 * ListStarRocksDataReplicationConfig =&gt; 400 DBS.270022 (0.9 ms) project_id=... task_name=nope request_id=...
 * ModifyDataSync =&gt; 503 DBS.05000000 (0.4 ms) project_id=... fault=error fault_rule=r1 request_id=...
 * </pre>
 */
@Component
class CallLog {

	static final String LOGGER_NAME = "io.github.taurusdbhtapmock.calls";

	private static final Logger log = LoggerFactory.getLogger(LOGGER_NAME);

	/**
	 * With a JSON format, the fields also travel as key-value pairs and so become JSON
	 * fields of their own.
	 */
	private final boolean structured;

	CallLog(Environment environment) {
		this.structured = StringUtils.hasText(environment.getProperty("logging.structured.format.console"))
				|| StringUtils.hasText(environment.getProperty("logging.structured.format.file"));
	}

	void log(Call call) {
		if (call.controlPlane() ? !log.isDebugEnabled() : !log.isInfoEnabled()) {
			return;
		}
		LoggingEventBuilder event = call.controlPlane() ? log.atDebug() : log.atInfo();
		if (this.structured) {
			addKeyValues(event, call);
		}
		event.log(line(call));
	}

	static String line(Call call) {
		StringBuilder line = new StringBuilder(224);
		line.append(call.label()).append(" => ");
		if (call.dropped()) {
			line.append("connection dropped");
		}
		else {
			line.append(call.status());
		}
		if (call.errorCode() != null) {
			line.append(' ').append(call.errorCode());
		}
		line.append(" (");
		appendMillis(line, call.nanos());
		line.append(" ms)");
		appendField(line, "project_id", call.projectId());
		appendField(line, "instance_id", call.instanceId());
		appendField(line, "task_name", call.taskName());
		appendField(line, "fault", call.fault());
		appendField(line, "fault_rule", call.faultRule());
		appendField(line, "request_id", call.requestId());
		return line.toString();
	}

	private static void addKeyValues(LoggingEventBuilder event, Call call) {
		event.addKeyValue("operation", call.label());
		if (!call.dropped()) {
			event.addKeyValue("status", call.status());
		}
		if (call.errorCode() != null) {
			event.addKeyValue("error_code", call.errorCode());
		}
		event.addKeyValue("duration_ms", millis(call.nanos()));
		if (call.projectId() != null) {
			event.addKeyValue("project_id", call.projectId());
		}
		if (call.instanceId() != null) {
			event.addKeyValue("instance_id", call.instanceId());
		}
		if (call.taskName() != null) {
			event.addKeyValue("task_name", call.taskName());
		}
		if (call.fault() != null) {
			event.addKeyValue("fault", call.fault()).addKeyValue("fault_rule", call.faultRule());
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
