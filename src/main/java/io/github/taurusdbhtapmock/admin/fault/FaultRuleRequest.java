package io.github.taurusdbhtapmock.admin.fault;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.admin.api.FaultDefinition;
import io.github.taurusdbhtapmock.platform.validation.ProjectId;

/**
 * The body of {@code POST /_emulator/faults}. Which requests: {@code operation} (the
 * SDK's name, e.g. ModifyDataSync), {@code method}, {@code path} (a path glob) and
 * {@code project_id}; every one given must match, and at least one of the first three is
 * needed. What happens: {@code effect} error (with {@code status}, and {@code error_code}
 * with {@code error_msg} or neither), delay ({@code delay_ms}, or a uniform range up to
 * {@code delay_max_ms}) or drop. How often: {@code times} firings at most, each with
 * {@code probability}. Checks that relate fields live in {@link ConsistentFaultRule}. The
 * checked twin of the published {@link FaultDefinition}: what {@link FaultRuleReader}
 * accepts, from JSON or from the record, is one of these.
 */
@ConsistentFaultRule
public record FaultRuleRequest(
		@JsonProperty("operation") @Pattern(regexp = "[A-Za-z][A-Za-z0-9]*",
				message = "{validation.sdk-operation}") String operation,
		@JsonProperty("method") @Pattern(regexp = "[A-Za-z]+", message = "{validation.http-method}") String method,
		@JsonProperty("path") @Pattern(regexp = "/\\S*", message = "{validation.path-pattern}") String path,
		@JsonProperty("project_id") @ProjectId String projectId,
		@JsonProperty("effect") @NotNull @Pattern(regexp = "error|delay|drop",
				message = "{validation.fault-effect}") String effect,
		@JsonProperty("status") @Min(value = 400, message = "{validation.fault-status}") @Max(value = 599,
				message = "{validation.fault-status}") Integer status,
		@JsonProperty("error_code") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}",
				message = "{validation.error-code}") String errorCode,
		@JsonProperty("error_msg") @Size(max = 2048) String errorMsg,
		@JsonProperty("delay_ms") @Min(value = 0, message = "{validation.delay-ms}") @Max(value = MAX_DELAY_MS,
				message = "{validation.delay-ms}") Long delayMs,
		@JsonProperty("delay_max_ms") @Min(value = 0, message = "{validation.delay-ms}") @Max(value = MAX_DELAY_MS,
				message = "{validation.delay-ms}") Long delayMaxMs,
		@JsonProperty("times") @Min(value = 1, message = "{validation.fault-times}") Integer times,
		@JsonProperty("probability") @DecimalMin(value = "0", message = "{validation.probability}") @DecimalMax(
				value = "1", message = "{validation.probability}") Double probability) {

	/**
	 * Ten minutes: longer than any client waits, and a rule must not hold request threads
	 * for ever.
	 */
	static final long MAX_DELAY_MS = 600_000;

	static FaultRuleRequest of(FaultDefinition rule) {
		return new FaultRuleRequest(rule.operation(), rule.method(), rule.path(), rule.projectId(), rule.effect(),
				rule.status(), rule.errorCode(), rule.errorMsg(), rule.delayMs(), rule.delayMaxMs(), rule.times(),
				rule.probability());
	}

}
