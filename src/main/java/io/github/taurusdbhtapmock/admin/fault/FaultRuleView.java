package io.github.taurusdbhtapmock.admin.fault;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A rule as the control plane shows it: its definition (fields it was not given are left
 * out), how many requests it {@code matched}, how often it {@code fired} (a rule with a
 * probability matches more often than it fires), and for a rule with {@code times}, how
 * many firings it has left.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRuleView(@JsonProperty("id") String id, @JsonProperty("operation") String operation,
		@JsonProperty("method") String method, @JsonProperty("path") String path,
		@JsonProperty("project_id") String projectId, @JsonProperty("effect") String effect,
		@JsonProperty("status") Integer status, @JsonProperty("error_code") String errorCode,
		@JsonProperty("error_msg") String errorMsg, @JsonProperty("delay_ms") Long delayMs,
		@JsonProperty("delay_max_ms") Long delayMaxMs, @JsonProperty("times") Integer times,
		@JsonProperty("probability") Double probability, @JsonProperty("matched") long matched,
		@JsonProperty("fired") long fired, @JsonProperty("remaining") Long remaining) {
}
