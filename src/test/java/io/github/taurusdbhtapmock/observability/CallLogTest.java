package io.github.taurusdbhtapmock.observability;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one line each call writes, read from the console as a user reads it. The line is
 * written once the reply has gone out, so the tests wait for it rather than expect it at
 * once.
 */
@ExtendWith(OutputCaptureExtension.class)
class CallLogTest extends EmulatorTest {

	private static final String FIELDS = " project_id=" + ApiClient.PROJECT + " instance_id=" + ApiClient.INSTANCE;

	@Test
	void aSuccessIsOneInfoLineWithOperationStatusDurationTargetTaskAndRequestId(CapturedOutput output) {
		String task = Names.unique("task");
		ApiResponse reply = this.api.post(ApiClient.REPLICATION_PATH, createBody(task, "src_db", Names.unique("tgt")))
			.assertOk();

		String line = awaitLine(output, reply);

		assertThat(line).matches(".* INFO .* io\\.github\\.taurusdbhtapmock\\.calls +: "
				+ Pattern.quote("CreateStarRocksDataReplication => 200 (") + "\\d+\\.\\d ms\\)"
				+ Pattern.quote(FIELDS + " task_name=" + task + " request_id=" + reply.header("X-Request-Id")));
	}

	@Test
	void anErrorCarriesItsStatusAndErrorCode(CapturedOutput output) {
		ApiResponse reply = this.api.get(ApiClient.REPLICATION_PATH + "/configuration?task_name=no_such_task")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");

		assertThat(awaitLine(output, reply)).contains(" INFO ")
			.containsPattern(Pattern.quote("ListStarRocksDataReplicationConfig => 400 DBS.270022 (")
					+ "\\d+\\.\\d ms\\)"
					+ Pattern.quote(FIELDS + " task_name=no_such_task request_id=" + reply.header("X-Request-Id")));
	}

	@Test
	void aCallRefusedBeforeItsHandlerRunsIsLoggedWithTheGatewayCode(CapturedOutput output) {
		ApiResponse reply = this.api.withHeader("X-Auth-Token", null)
			.get(ApiClient.REPLICATION_PATH)
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information");

		assertThat(awaitLine(output, reply)).contains("ListStarRocksDataReplications => 401 APIGW.0301 (",
				FIELDS + " request_id=");
	}

	@Test
	void anUnknownRouteIsLoggedByMethodAndPathWithoutTheQuery(CapturedOutput output) {
		ApiResponse reply = this.api.get("/v3/" + ApiClient.PROJECT + "/nothing-here?password=hunter2")
			.assertError(404, "APIGW.0101", "The API does not exist");

		assertThat(awaitLine(output, reply))
			.contains("GET /v3/" + ApiClient.PROJECT + "/nothing-here => 404 APIGW.0101 (")
			.doesNotContain("hunter2");
	}

	@Test
	void aBodyRefusedByAFilterIsLoggedWithTheCodeOfItsReply(CapturedOutput output) {
		// the whole body is sent: Tomcat drains a refused body before it closes the
		// connection
		String body = "{\"task_name\":\"" + "a".repeat(1024 * 1024) + "\"}";
		RawHttp.Reply reply = RawHttp.exchange(port(),
				"POST " + ApiClient.REPLICATION_PATH
						+ " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\n"
						+ "Content-Length: " + body.length() + "\r\n\r\n" + body);
		assertThat(reply.status()).isEqualTo(413);

		String marker = "request_id=" + reply.header("X-Request-Id");
		await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains(marker));
		assertThat(output.getOut()).contains("POST " + ApiClient.REPLICATION_PATH + " => 413 APIGW.0201 (");
	}

	@Test
	void aClientSuppliedLineBreakCannotForgeALogLine(CapturedOutput output) {
		ApiResponse reply = this.api
			.post(ApiClient.REPLICATION_PATH + "/pause", "{\"task_name\":\"bad\\n2026-01-01 INFO forged\"}")
			.assertError(400, "DBS.280001", "Parameter error.");

		assertThat(awaitLine(output, reply)).contains("PauseStarRocksDataReplication => 400 DBS.280001 (",
				"task_name=bad?2026-01-01?INFO?forged ");
		assertThat(output.getOut()).doesNotContainPattern("(?m)^2026-01-01 INFO forged");
	}

	@Test
	void credentialsNeverReachTheLog(CapturedOutput output) {
		ApiResponse reply = this.api.withHeader("X-Auth-Token", "token-that-must-stay-secret")
			.withHeader("Authorization",
					"SDK-HMAC-SHA256 Access=" + DemoTopology.ACCESS_KEY + ", SignedHeaders=host;x-sdk-date, "
							+ "Signature=signature-that-must-stay-secret")
			.withHeader("X-Sdk-Date", "20261121T225047Z")
			.get(ApiClient.REPLICATION_PATH)
			.assertOk();

		awaitLine(output, reply);
		assertThat(output.getAll()).doesNotContain("token-that-must-stay-secret", "signature-that-must-stay-secret",
				"SDK-HMAC-SHA256");
	}

	@Test
	void controlPlaneCallsAndScrapesStayOutOfTheInfoLog(CapturedOutput output) {
		ApiResponse info = this.api.get("/_emulator/info").assertOk();
		ApiResponse scrape = this.api.get("/actuator/prometheus");
		assertThat(scrape.status()).isEqualTo(200);
		ApiResponse after = this.api.get(ApiClient.REPLICATION_PATH).assertOk();

		awaitLine(output, after);
		assertThat(output.getOut()).doesNotContain("request_id=" + info.header("X-Request-Id"))
			.doesNotContain("/actuator/prometheus =>");
	}

	/** The line of the call that got this reply, once it is written. */
	private static String awaitLine(CapturedOutput output, ApiResponse reply) {
		String marker = "request_id=" + reply.header("X-Request-Id");
		await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains(marker));
		return output.getOut().lines().filter((line) -> line.contains(marker)).findFirst().orElseThrow();
	}

}
