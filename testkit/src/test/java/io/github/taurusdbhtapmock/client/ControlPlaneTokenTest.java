package io.github.taurusdbhtapmock.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.taurusdbhtapmock.admin.api.ClockState;
import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;

import static io.github.taurusdbhtapmock.client.AdminRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An emulator whose control plane wants a token, on the system clock: the client without
 * the token, or with a wrong one, is refused; {@code withToken} is let in.
 */
class ControlPlaneTokenTest {

	@RegisterExtension
	static final SeparateEmulator.Shared EMULATOR = SeparateEmulator.shared("--emulator.control-plane.token=s3cret");

	@Test
	void withoutTheTokenEveryCallIsRefused() {
		EmulatorAdminClient anonymous = EmulatorAdminClient.connect(EMULATOR.baseUrl());
		assertRefused(anonymous::info, 401, "EMULATOR.0401");
		assertRefused(anonymous::reset, 401, "EMULATOR.0401");
		assertRefused(anonymous::faults, 401, "EMULATOR.0401");
		assertRefused(() -> anonymous.withToken("wrong").clock(), 401, "EMULATOR.0401");
		assertRefused(() -> anonymous.withToken("S3CRET").clock(), 401, "EMULATOR.0401");
	}

	@Test
	void withTheTokenTheClientIsLetIn() {
		EmulatorAdminClient anonymous = EmulatorAdminClient.connect(EMULATOR.baseUrl());
		EmulatorAdmin admin = anonymous.withToken("s3cret");
		assertThat(admin.info().clock()).isEqualTo(ClockState.SYSTEM);
		assertThat(admin.clearFaults()).isZero();
		assertThat(anonymous.withToken("s3cret").withToken("wrong"))
			.satisfies((wrong) -> assertRefused(wrong::info, 401, "EMULATOR.0401"));
		assertRefused(anonymous::info, 401, "EMULATOR.0401");
		assertThat(admin.toString()).isEqualTo("EmulatorAdminClient[" + EMULATOR.baseUrl() + ", with token]")
			.doesNotContain("s3cret");
		assertThat(anonymous).hasToString("EmulatorAdminClient[" + EMULATOR.baseUrl() + "]");
	}

	@Test
	void aSystemClockCannotBeAdvanced() {
		EmulatorAdmin admin = EmulatorAdminClient.connect(EMULATOR.baseUrl()).withToken("s3cret");
		assertThat(admin.isManualClock()).isFalse();
		assertRefused(() -> admin.advanceClock(Duration.ofSeconds(1)), 409, "EMULATOR.0409", "manual");
	}

}
