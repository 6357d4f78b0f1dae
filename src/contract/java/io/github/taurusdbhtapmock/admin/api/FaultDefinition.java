package io.github.taurusdbhtapmock.admin.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fault rule to add, field by field the body of {@code POST /_emulator/faults}; null
 * for a field not given. Which requests: {@code operation}, {@code method}, {@code path}
 * (a path pattern) and {@code projectId}, every one given must match and one of the first
 * three is needed. What happens: {@code effect} {@code error} (with {@code status}, and
 * {@code errorCode} with {@code errorMsg} or neither), {@code delay} ({@code delayMs}, or
 * a range up to {@code delayMaxMs}) or {@code drop}. How often: at most {@code times}
 * firings, each with {@code probability}. The emulator checks the rule whole and refuses
 * it naming every field at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultDefinition(@JsonProperty("operation") String operation, @JsonProperty("method") String method,
		@JsonProperty("path") String path, @JsonProperty("project_id") String projectId,
		@JsonProperty("effect") String effect, @JsonProperty("status") Integer status,
		@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMsg,
		@JsonProperty("delay_ms") Long delayMs, @JsonProperty("delay_max_ms") Long delayMaxMs,
		@JsonProperty("times") Integer times, @JsonProperty("probability") Double probability) {
}
