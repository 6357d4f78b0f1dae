package io.github.taurusdbhtapmock.support;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;

/**
 * Base of tests of timing: the emulator with its default durations (jobs 2 s, full
 * synchronization 5 s) on a manual clock that only the test moves, so nothing ever
 * sleeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.clock.mode=manual", "emulator.clock.start=2026-11-21T22:50:47Z" })
public abstract class ManualClockEmulatorTest {

	@LocalServerPort
	private int port;

	@Autowired
	private EmulatorClock clock;

	protected ApiClient api;

	@BeforeEach
	void connect() {
		this.api = ApiClient.forPort(this.port);
	}

	protected int port() {
		return this.port;
	}

	protected void advance(Duration duration) {
		this.clock.advance(duration);
	}

	protected void advanceSeconds(double seconds) {
		advance(Duration.ofMillis(Math.round(seconds * 1000)));
	}

}
