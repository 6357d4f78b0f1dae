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
 */
public record EmulatorInfo(@JsonProperty("version") String version, @JsonProperty("uptime_seconds") long uptimeSeconds,
		@JsonProperty("auth_mode") String authMode, @JsonProperty("clock") String clock,
		@JsonProperty("now") String now, @JsonProperty("tasks") int tasks, @JsonProperty("jobs") int jobs) {
}
