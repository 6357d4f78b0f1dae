package io.github.taurusdbhtapmock.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.SdkClient;

import static io.github.taurusdbhtapmock.support.SdkClient.clientError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server clock 20 minutes ahead of the client's: every signature the SDK makes is older
 * than the gateway's 15 minutes, so it is refused as expired however right it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.auth.mode=strict", "emulator.auth.tokens[0].value=strict-token" })
class ClockSkewTest {

	private static final Instant SERVER_TIME = Instant.now().plus(Duration.ofMinutes(20));

	@LocalServerPort
	private int port;

	@TestConfiguration(proxyBeanMethods = false)
	static class SkewedClock {

		@Bean
		@Primary
		Clock skewedClock() {
			return Clock.fixed(SERVER_TIME, ZoneOffset.UTC);
		}

	}

	@Test
	void aSignatureTwentyMinutesOldHasExpired() {
		SdkClient sdk = SdkClient.connect(this.port, DemoTopology.ACCESS_KEY, DemoTopology.SECRET_KEY,
				ApiClient.PROJECT);

		ClientRequestException error = clientError(() -> sdk.configuration(Names.unique("task")));

		assertThat(error.getHttpStatusCode()).isEqualTo(401);
		assertThat(error.getErrorCode()).isEqualTo("APIGW.0301");
		assertThat(error.getErrorMsg()).startsWith("Incorrect IAM authentication information: signature expired")
			.contains(SdkDate.format(SERVER_TIME), "15 minutes");
	}

	@Test
	void theDateIsJudgedBeforeTheAccessKeyAndTheSignature() {
		SdkClient unknownKey = SdkClient.connect(this.port, "UNKNOWNAK0123456789A", "wrong", ApiClient.PROJECT);

		ClientRequestException error = clientError(() -> unknownKey.configuration(Names.unique("task")));

		assertThat(error.getErrorMsg()).startsWith("Incorrect IAM authentication information: signature expired");
	}

	@Test
	void aSignatureMadeByTheServersClockIsCurrent() {
		SignedApi signed = new SignedApi(this.port, DemoTopology.ACCESS_KEY, DemoTopology.SECRET_KEY);
		String fourteenMinutesBehind = SdkDate.format(SERVER_TIME.minus(Duration.ofMinutes(14)));

		signed
			.send(signed.sign("GET", ApiClient.REPLICATION_PATH + "/configuration", Map.of("task_name", "abc"), null,
					Map.of("X-Sdk-Date", fourteenMinutesBehind)))
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void tokensDoNotExpire() {
		ApiClient.forPort(this.port)
			.withHeader("X-Auth-Token", "strict-token")
			.get(ApiClient.REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

}
