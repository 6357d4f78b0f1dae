package io.github.taurusdbhtapmock.service.slowlogmasking;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow-log masking over HTTP: ShowStarRocksSlowlogSensitiveStatus answers a JSON string,
 * UpdateSlowlogSensitiveStatus takes a JSON boolean.
 */
class SlowLogMaskingApiTest extends EmulatorTest {

	private static final String PATH = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
			+ "/starrocks/slowlog-sensitive";

	@BeforeEach
	void resetProject() {
		this.api.post("/_emulator/reset?project_id=" + ApiClient.PROJECT, null);
	}

	@Test
	void offOnANewInstanceAsTheStringFalse() {
		JsonNode status = this.api.get(PATH).assertOk().json().get("open_slow_log_switch");

		assertThat(status.isString()).isTrue();
		assertThat(status.asString()).isEqualTo("false");
	}

	@Test
	void turnedOnAndOffWithABoolean() {
		String reply = this.api.put(PATH, "{\"open_slow_log_switch\":true}").assertOk().body();
		assertThat(reply).isEqualTo("{}");
		assertThat(this.api.get(PATH).json().get("open_slow_log_switch").asString()).isEqualTo("true");

		this.api.put(PATH, "{\"open_slow_log_switch\":false}").assertOk();
		assertThat(this.api.get(PATH).json().get("open_slow_log_switch").asString()).isEqualTo("false");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"open_slow_log_switch\":\"true\"}", "{\"open_slow_log_switch\":1}", "{}",
			"{\"open_slow_log_switch\":null}", "{\"open_slow_log_switch\":[true]}" })
	void anythingButAJsonBooleanIsRefusedAndChangesNothing(String body) {
		int status = this.api.put(PATH, body).status();

		assertThat(status).isEqualTo(400);
		assertThat(this.api.put(PATH, body).json().get("error_code").asString()).isEqualTo("DBS.280001");
		assertThat(this.api.get(PATH).json().get("open_slow_log_switch").asString()).isEqualTo("false");
	}

	@Test
	void anUnknownInstanceIsNotFound() {
		String unknown = PATH.replace(ApiClient.INSTANCE, "00000000000000000000000000000000in17");
		this.api.get(unknown).assertError(400, "DBS.200022", "Instance not found.");
		this.api.put(unknown, "{\"open_slow_log_switch\":true}").assertError(400, "DBS.200022", "Instance not found.");
	}

}
