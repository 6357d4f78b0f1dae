package io.github.taurusdbhtapmock.admin.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The emulator's clock, as {@code GET /_emulator/clock} shows it.
 *
 * @param mode {@link #MANUAL} (moved only by {@code advanceClock}) or {@code system}
 * @param now the emulator's time, ISO-8601 as {@link Instant#toString()} writes it
 */
public record ClockState(@JsonProperty("mode") String mode, @JsonProperty("now") String now) {

	public static final String MANUAL = "manual";

	public static final String SYSTEM = "system";

	public boolean manual() {
		return MANUAL.equals(this.mode);
	}

	public Instant instant() {
		return Instant.parse(this.now);
	}

}
