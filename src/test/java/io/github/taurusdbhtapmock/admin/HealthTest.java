package io.github.taurusdbhtapmock.admin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator health with its liveness and readiness groups, open without credentials, as
 * orchestrators poll it.
 */
class HealthTest extends EmulatorTest {

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void upWithoutCredentials(String path) {
		ApiResponse reply = this.api.withHeader("X-Auth-Token", null).get(path);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("status").asString()).isEqualTo("UP");
	}

}
