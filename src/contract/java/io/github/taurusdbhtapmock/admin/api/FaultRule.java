package io.github.taurusdbhtapmock.admin.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fault rule as the control plane lists it: its {@code id} ({@code fault-1},
 * {@code fault-2}, ..., never reused), its definition (fields it was not given are null
 * and left out of the JSON; {@code method} in upper case), how many requests it
 * {@code matched}, how often it {@code fired} (less than matched with a probability, or
 * once {@code times} is used up), and for a rule with {@code times}, how many firings
 * {@code remaining}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(@JsonProperty("id") String id, @JsonProperty("operation") String operation,
		@JsonProperty("method") String method, @JsonProperty("path") String path,
		@JsonProperty("project_id") String projectId, @JsonProperty("effect") String effect,
		@JsonProperty("status") Integer status, @JsonProperty("error_code") String errorCode,
		@JsonProperty("error_msg") String errorMsg, @JsonProperty("delay_ms") Long delayMs,
		@JsonProperty("delay_max_ms") Long delayMaxMs, @JsonProperty("times") Integer times,
		@JsonProperty("probability") Double probability, @JsonProperty("matched") long matched,
		@JsonProperty("fired") long fired, @JsonProperty("remaining") Long remaining) {
}
