package io.github.taurusdbhtapmock.service.logquery.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Reply of ShowHtapErrorLogDetail: every field a JSON string. */
public record ErrorLogResponse(@JsonProperty("error_log_list") List<ErrorLogEntry> errorLogList) {

	/** HtapErrorLogDetailResponseErrorLogList. */
	public record ErrorLogEntry(@JsonProperty("node_id") String nodeId, @JsonProperty("time") String time,
			@JsonProperty("level") String level, @JsonProperty("content") String content,
			@JsonProperty("line_num") String lineNum) {
	}

}
