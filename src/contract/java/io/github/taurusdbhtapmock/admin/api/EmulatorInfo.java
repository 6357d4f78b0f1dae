package io.github.taurusdbhtapmock.admin.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What runs and what it holds, as {@code GET /_emulator/info} answers.
 *
 * @param version the emulator's version, {@code development} when run from classes
 * @param uptimeSeconds seconds since the emulator's JVM started
 * @param authMode {@code off}, {@code lenient} or {@code strict}
 * @param clock {@code system} or {@code manual}
 * @param now the emulator's time (ISO-8601)
 * @param tasks how many synchronization tasks it holds
 * @param jobs how many jobs it holds
 * @param stateBudget how much of its memory budget the state takes, and whether it is
 * full; absent from an emulator older than the budget
 */
public record EmulatorInfo(@JsonProperty("version") String version, @JsonProperty("uptime_seconds") long uptimeSeconds,
		@JsonProperty("auth_mode") String authMode, @JsonProperty("clock") String clock,
		@JsonProperty("now") String now, @JsonProperty("tasks") int tasks, @JsonProperty("jobs") int jobs,
		@JsonProperty("state_budget") StateBudget stateBudget) {

	/**
	 * The state against its memory budget ({@code emulator.limits.state-budget}). While
	 * it is full, new tasks, jobs, imports and topology are refused (507
	 * {@code EMULATOR.0507}) and readiness is DOWN; reads, the control plane and reset
	 * still answer.
	 *
	 * @param budgetBytes the heap the state may take
	 * @param usedBytes what it takes now, estimated from its items' measured costs
	 * @param full whether a new task no longer fits
	 * @param reason why it is full, for people; null when it is not
	 */
	public record StateBudget(@JsonProperty("budget_bytes") long budgetBytes,
			@JsonProperty("used_bytes") long usedBytes, @JsonProperty("full") boolean full,
			@JsonProperty("reason") String reason) {
	}

}
