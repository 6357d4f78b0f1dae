package io.github.taurusdbhtapmock.service.session.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reply of ShowHtapProcessList: one page of sessions. {@code id} is a JSON string and
 * {@code duration} (seconds) a number, as the SDK declares them.
 */
public record ProcessListResponse(@JsonProperty("process_list") List<ProcessInfo> processList) {

	/** HtapProcessInfo. */
	public record ProcessInfo(@JsonProperty("id") String id, @JsonProperty("user") String user,
			@JsonProperty("host") String host, @JsonProperty("state") String state,
			@JsonProperty("database") String database, @JsonProperty("sql_statement") String sqlStatement,
			@JsonProperty("duration") long duration, @JsonProperty("command") String command) {
	}

}
