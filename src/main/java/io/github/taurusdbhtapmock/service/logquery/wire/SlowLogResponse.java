package io.github.taurusdbhtapmock.service.logquery.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reply of ShowSlowLogDetail: every field a JSON string but {@code slow_log_date}, a
 * number (epoch milliseconds), as the SDK declares them.
 */
public record SlowLogResponse(@JsonProperty("slow_log_list") List<SlowLogEntry> slowLogList) {

	/** ShowStarRocksSlowLogDetail. */
	public record SlowLogEntry(@JsonProperty("node_id") String nodeId, @JsonProperty("count") String count,
			@JsonProperty("time") String time, @JsonProperty("lock_time") String lockTime,
			@JsonProperty("rows_sent") String rowsSent, @JsonProperty("rows_examined") String rowsExamined,
			@JsonProperty("database") String database, @JsonProperty("users") String users,
			@JsonProperty("query_sample") String querySample, @JsonProperty("type") String type,
			@JsonProperty("start_time") String startTime, @JsonProperty("client_ip") String clientIp,
			@JsonProperty("line_num") String lineNum, @JsonProperty("slow_log_date") long slowLogDate) {
	}

}
