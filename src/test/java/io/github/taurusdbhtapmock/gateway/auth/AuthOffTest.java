package io.github.taurusdbhtapmock.gateway.auth;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.Names;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;

/** emulator.auth.mode=off (in any letter case): no credentials are needed at all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "emulator.auth.mode=OFF")
class AuthOffTest {

	@LocalServerPort
	private int port;

	@Test
	void requestsWithoutCredentialsAreServed() {
		ApiClient anonymous = ApiClient.forPort(this.port).withHeader("X-Auth-Token", null);
		String task = Names.unique("task");

		anonymous
			.post(REPLICATION_PATH,
					"""
							{"source_instance_id":"%s","source_database":"src_db","target_database":"%s","task_name":"%s"}"""
						.formatted(ApiClient.SOURCE_INSTANCE, Names.unique("tgt"), task))
			.assertOk();
		anonymous.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		anonymous.withHeader("Authorization", "Bearer whatever")
			.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertOk();
	}

	@Test
	void theProjectHeaderMustStillAgreeWithThePath() {
		ApiClient.forPort(this.port)
			.withHeader("X-Auth-Token", null)
			.withHeader("X-Project-Id", "fedcba9876543210fedcba9876543210")
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(400, "APIGW.0201", "API request error.");
	}

	@Test
	void unknownRoutesAreStillNotFound() {
		ApiClient.forPort(this.port)
			.withHeader("X-Auth-Token", null)
			.get("/v3/nowhere")
			.assertError(404, "APIGW.0101", "The API does not exist");
	}

}
