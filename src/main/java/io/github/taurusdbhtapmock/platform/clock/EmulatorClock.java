package io.github.taurusdbhtapmock.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock every timestamp of the emulator comes from. In manual mode it stands
 * still until advanced, so a test can drive jobs and stage changes through hours of
 * emulated time without sleeping.
 */
public final class EmulatorClock extends Clock {

	private final Clock system;

	private final AtomicReference<Instant> manualNow;

	private EmulatorClock(Clock system, Instant manualStart) {
		this.system = system;
		this.manualNow = (manualStart != null) ? new AtomicReference<>(manualStart) : null;
	}

	public static EmulatorClock system() {
		return new EmulatorClock(Clock.systemUTC(), null);
	}

	public static EmulatorClock manual(Instant start) {
		return new EmulatorClock(Clock.systemUTC(), start);
	}

	/**
	 * Real time, whatever the mode: what the gateway checks signature dates against,
	 * since clients sign with their own real clocks. A manual clock only drives the
	 * emulated service's jobs and stages.
	 */
	public Clock wallClock() {
		return this.system;
	}

	public boolean isManual() {
		return this.manualNow != null;
	}

	/** Moves a manual clock forward; the system clock cannot be moved. */
	public Instant advance(Duration duration) {
		if (!isManual()) {
			throw new IllegalStateException("only a manual clock can be advanced");
		}
		if (duration.isNegative()) {
			throw new IllegalArgumentException("time does not run backwards");
		}
		return this.manualNow.updateAndGet((now) -> now.plus(duration));
	}

	@Override
	public Instant instant() {
		return isManual() ? this.manualNow.get() : this.system.instant();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the emulator's clock is UTC");
	}

}
