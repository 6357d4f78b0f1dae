package io.github.taurusdbhtapmock.gateway.auth;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsRequest;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import io.github.taurusdbhtapmock.support.SdkClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strict mode with a manual clock days ahead: signatures are still checked against real
 * time, since the SDK signs with the machine's clock; the manual clock only moves the
 * emulated service.
 */
@TestPropertySource(properties = "emulator.auth.mode=strict")
class StrictManualClockTest extends ManualClockEmulatorTest {

	@Test
	void signaturesStayCurrentWhileTheEmulatedTimeRunsAhead() {
		advanceSeconds(3 * 24 * 3600);
		assertThat(SdkClient.connect(port())
			.client()
			.listStarRocksDataReplications(new ListStarRocksDataReplicationsRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us"))
			.getHttpStatusCode()).isEqualTo(200);
	}

}
