package io.github.taurusdbhtapmock.sdk;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.SdkClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The same lifecycle through the official SDK with the default durations (jobs 2 s, full
 * synchronization 5 s): each poll moves the emulator's clock by one second, as a client
 * polling every second would see it.
 */
class OfficialSdkLifecycleTimingTest extends ManualClockEmulatorTest {

	private static final int MAX_POLLS = 60;

	@Test
	void theWholeLifeOfATaskTakesTime() {
		int[] polls = { 0 };
		new SdkLifecycleFlow(SdkClient.connect(port()).client(), (what, condition) -> {
			for (int poll = 0; poll < MAX_POLLS; poll++) {
				if (condition.getAsBoolean()) {
					return;
				}
				polls[0]++;
				advance(Duration.ofSeconds(1));
			}
			fail("never " + what);
		}).run(Names.unique("task"), Names.unique("tgt"));
		// start 2 s + full synchronization 5 s, pause 2 s, resume 2 s (back to
		// Incremental: the pause came after
		// the full synchronization), modify 2 s, delete 2 s
		assertThat(polls[0]).isEqualTo(7 + 2 + 2 + 2 + 2);
	}

}
