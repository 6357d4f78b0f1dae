package io.github.taurusdbhtapmock.platform.clock;

import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The emulator's clock ({@code emulator.clock.*}, env EMULATOR_CLOCK_MODE,
 * EMULATOR_CLOCK_START): the system clock, or a manual one that stands still until the
 * control plane advances it, starting at {@code start} (default: the time the emulator
 * starts).
 */
@ConfigurationProperties("emulator.clock")
public record ClockProperties(@DefaultValue("system") Mode mode, Instant start) {

	public enum Mode {

		SYSTEM, MANUAL

	}

}
