package io.github.taurusdbhtapmock.gateway.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What a request body may cost the emulator ({@code emulator.limits.*}): every body, of
 * the emulated API and of the control plane, is refused with 413 past its size and with
 * 408 past its time, before it is held whole.
 *
 * @param maxBodySize the largest body of any request but a state import (env
 * EMULATOR_LIMITS_MAXBODYSIZE, default 1MB)
 * @param maxStateSize the largest state document {@code PUT /_emulator/state} accepts
 * (env EMULATOR_LIMITS_MAXSTATESIZE, default 16MB)
 * @param bodyTimeout how long a body may take to arrive whole, however it trickles (env
 * EMULATOR_LIMITS_BODYTIMEOUT, default 10s)
 */
@ConfigurationProperties("emulator.limits")
public record LimitProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("16MB") DataSize maxStateSize,
		@DefaultValue("10s") Duration bodyTimeout) {

	public static final String MAX_BODY_SIZE = "emulator.limits.max-body-size";

	public static final String MAX_STATE_SIZE = "emulator.limits.max-state-size";

	public static final String BODY_TIMEOUT = "emulator.limits.body-timeout";

}
