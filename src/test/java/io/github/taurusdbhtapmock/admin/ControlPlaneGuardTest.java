package io.github.taurusdbhtapmock.admin;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;

/** The control plane switched off, or behind a token. */
class ControlPlaneGuardTest {

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "emulator.control-plane.enabled=false")
	class SwitchedOff {

		@LocalServerPort
		private int port;

		@Test
		void theControlPlaneDoesNotExist() {
			ApiClient api = ApiClient.forPort(this.port);
			api.get("/_emulator/info").assertError(404, "APIGW.0101", "The API does not exist");
			api.post("/_emulator/reset", null).assertError(404, "APIGW.0101", "The API does not exist");
			// the emulated API and its description are unaffected
			api.get(ApiClient.REPLICATION_PATH).assertOk();
			api.get("/_emulator/openapi.json").assertOk();
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "emulator.control-plane.token=s3cret")
	class BehindAToken {

		@LocalServerPort
		private int port;

		@Test
		void onlyCallsWithTheTokenGetThrough() {
			ApiClient api = ApiClient.forPort(this.port);
			api.get("/_emulator/info").assertError(401, "EMULATOR.0401", "The control plane needs");
			api.withHeader("X-Emulator-Token", "wrong").get("/_emulator/info").assertError(401, "EMULATOR.0401", "The");
			api.withHeader("X-Emulator-Token", "s3cret").get("/_emulator/info").assertOk();
			api.get(ApiClient.REPLICATION_PATH).assertOk();
			// a browser cannot send the token: the API description stays open
			api.get("/_emulator/openapi.json").assertOk();
		}

	}

}
