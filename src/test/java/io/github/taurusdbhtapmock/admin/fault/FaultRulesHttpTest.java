package io.github.taurusdbhtapmock.admin.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code /_emulator/faults} against the shared emulator. Every test starts and ends with
 * no rules: a rule left behind would break the other test classes that share this
 * emulator.
 */
class FaultRulesHttpTest extends EmulatorTest {

	private static final String FAULTS = "/_emulator/faults";

	private static final String CONFIGURATION = REPLICATION_PATH + "/configuration?task_name=";

	@BeforeEach
	@AfterEach
	void noRules() {
		this.api.send("DELETE", FAULTS, null).assertOk();
	}

	@Test
	void aRuleIsAddedListedShownAndRemoved() {
		ApiResponse added = this.api.post(FAULTS,
				"""
						{"operation":"ModifyDataSync","project_id":"%s","effect":"error","status":503,"times":3,"probability":0.5}"""
					.formatted(ApiClient.PROJECT));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		String id = added.text("id");
		assertThat(added.header("Location")).isEqualTo(FAULTS + "/" + id);
		assertThat(added.json().toString()).isEqualTo("""
				{"id":"%s","operation":"ModifyDataSync","project_id":"%s","effect":"error","status":503,"times":3,\
				"probability":0.5,"matched":0,"fired":0,"remaining":3}""".formatted(id, ApiClient.PROJECT));
		assertThat(this.api.get(FAULTS).assertOk().json().get("faults")).hasSize(1);
		assertThat(this.api.get(FAULTS + "/" + id).assertOk().json()).isEqualTo(added.json());

		assertThat(this.api.send("DELETE", FAULTS + "/" + id, null).assertOk().json()).isEqualTo(added.json());
		assertThat(this.api.get(FAULTS).assertOk().json().get("faults")).isEmpty();
		this.api.get(FAULTS + "/" + id).assertError(404, "EMULATOR.0404", "No such control-plane resource.");
	}

	@Test
	void anUnknownRuleIdIsNotFound() {
		ApiResponse reply = this.api.send("DELETE", FAULTS + "/fault-0", null)
			.assertError(404, "EMULATOR.0404", "No such control-plane resource.");
		assertThat(reply.errorMessage()).contains("No fault rule fault-0");
		this.api.get(FAULTS + "/nope").assertError(404, "EMULATOR.0404", "No such control-plane resource.");
	}

	@Test
	void deletingAllRulesSaysHowManyThereWere() {
		addRule("{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\"}");
		addRule("{\"method\":\"GET\",\"effect\":\"delay\",\"delay_ms\":1}");

		assertThat(this.api.send("DELETE", FAULTS, null).assertOk().json().get("deleted").asInt()).isEqualTo(2);
		assertThat(this.api.get(FAULTS).assertOk().json().get("faults")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"unknown effect|{\"operation\":\"ModifyDataSync\",\"effect\":\"explode\"}|effect: must be error, delay or drop",
			"no effect|{\"operation\":\"ModifyDataSync\"}|effect: is required",
			"status below 400|{\"operation\":\"ModifyDataSync\",\"effect\":\"error\",\"status\":399}|status: must be an HTTP error status from 400 to 599",
			"status above 599|{\"operation\":\"ModifyDataSync\",\"effect\":\"error\",\"status\":600}|status: must be an HTTP error status from 400 to 599",
			"status not whole|{\"operation\":\"ModifyDataSync\",\"effect\":\"error\",\"status\":500.5}|status: must be a JSON number",
			"no status|{\"operation\":\"ModifyDataSync\",\"effect\":\"error\"}|status: is required when effect is error",
			"code without message|{\"operation\":\"ModifyDataSync\",\"effect\":\"error\",\"status\":500,\"error_code\":\"DBS.1\"}|error_msg: give error_code and error_msg together",
			"malformed code|{\"operation\":\"ModifyDataSync\",\"effect\":\"error\",\"status\":500,\"error_code\":\"DBS 1\",\"error_msg\":\"x\"}|error_code: must be 1 to 64 letters",
			"probability below 0|{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\",\"probability\":-0.1}|probability: must be a number from 0 to 1",
			"probability above 1|{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\",\"probability\":1.5}|probability: must be a number from 0 to 1",
			"negative delay|{\"operation\":\"ModifyDataSync\",\"effect\":\"delay\",\"delay_ms\":-1}|delay_ms: must be a whole number of milliseconds from 0 to 600000",
			"delay too long|{\"operation\":\"ModifyDataSync\",\"effect\":\"delay\",\"delay_ms\":600001}|delay_ms: must be a whole number of milliseconds from 0 to 600000",
			"no delay|{\"operation\":\"ModifyDataSync\",\"effect\":\"delay\"}|delay_ms: is required when effect is delay",
			"inverted range|{\"operation\":\"ModifyDataSync\",\"effect\":\"delay\",\"delay_ms\":300,\"delay_max_ms\":200}|delay_max_ms: must not be less than delay_ms",
			"times zero|{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\",\"times\":0}|times: must be a whole number from 1",
			"times negative|{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\",\"times\":-2}|times: must be a whole number from 1",
			"no matcher|{\"effect\":\"drop\",\"project_id\":\"" + DemoTopology.PROJECT_ID
					+ "\"}|operation: give operation, method or path",
			"unknown operation|{\"operation\":\"ModifyDataSyncs\",\"effect\":\"drop\"}|operation: ModifyDataSyncs is not an operation the emulator answers; it answers CheckDataBaseConfig,",
			"malformed method|{\"method\":\"G3T\",\"effect\":\"drop\"}|method: must be an HTTP method such as GET",
			"relative path|{\"path\":\"v3/**\",\"effect\":\"drop\"}|path: must be a path pattern starting with /",
			"malformed project|{\"path\":\"/v3/**\",\"project_id\":\"p1\",\"effect\":\"drop\"}|project_id: must be 32 letters or digits",
			"error field on a delay|{\"operation\":\"ModifyDataSync\",\"effect\":\"delay\",\"delay_ms\":5,\"status\":500}|status: only applies when effect is error",
			"delay field on an error|{\"operation\":\"ModifyDataSync\",\"effect\":\"error\",\"status\":500,\"delay_ms\":5}|delay_ms: only applies when effect is delay",
			"misspelt field|{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\",\"tims\":2}|tims: is not a field of a fault rule; the fields are delay_max_ms, delay_ms, effect,",
			"string for a number|{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\",\"times\":\"two\"}|times: must be a JSON number",
			"number for a string|{\"operation\":7,\"effect\":\"drop\"}|operation: must be a JSON string",
			"not JSON|{\"operation\":|The request body is not valid JSON",
			"array|[]|The request body must be a JSON object.", "null|null|The request body must be a JSON object.",
			"empty|''|The request body is empty; send a JSON object." })
	void aMalformedRuleIsRefusedNamingTheField(String what, String body, String message) {
		ApiResponse reply = this.api.post(FAULTS, body.equals("''") ? "" : body)
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.");
		assertThat(reply.errorMessage()).contains(message);
		assertThat(this.api.get(FAULTS).assertOk().json().get("faults")).isEmpty();
	}

	@Test
	void everyProblemOfARuleIsReportedAtOnceInTheRequestLanguage() {
		ApiResponse reply = this.api.withHeader("X-Language", "zh-cn")
			.post(FAULTS,
					"{\"operation\":\"ModifyDataSync\",\"effect\":\"error\",\"status\":600,\"times\":0,\"probability\":2}")
			.assertError(400, "EMULATOR.0400", "控制面请求无效。");
		assertThat(reply.errorMessage())
			.isEqualTo("控制面请求无效。probability: 必须是0到1之间的数字; " + "status: 必须是400到599之间的HTTP错误状态码; times: 必须是不小于1的整数");
	}

	@Test
	void aRuleIsAcceptedWithoutAJsonContentType() {
		ApiResponse added = this.api.withHeader("Content-Type", "application/x-www-form-urlencoded")
			.post(FAULTS, "{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\"}");
		assertThat(added.status()).isEqualTo(201);
	}

	@Test
	void anErrorRuleAnswersWithItsErrorInsteadOfRunningTheOperation() {
		String task = createTask();
		String id = addRule("""
				{"operation":"ModifyDataSync","effect":"error","status":500,"error_code":"DBS.05000000",\
				"error_msg":"Injected by a test.","times":1}""");
		String modify = "{\"task_name\":\"" + task + "\",\"table_repl_config\":{\"repl_type\":\"include_tables\","
				+ "\"repl_scope\":\"part\",\"tables\":[\"t1\"]}}";

		this.api.send("DELETE", "/_emulator/requests", null).assertOk();
		ApiResponse failed = this.api.put(REPLICATION_PATH, modify)
			.assertError(500, "DBS.05000000", "Injected by a test.");
		assertThat(failed.body()).isEqualTo("{\"error_code\":\"DBS.05000000\",\"error_msg\":\"Injected by a test.\"}");
		JsonNode journaled = this.api.get("/_emulator/requests").assertOk().json().get("requests").get(0);
		assertThat(journaled.get("status").asInt()).isEqualTo(500);
		assertThat(journaled.get("request_id").asString()).isEqualTo(failed.header("X-Request-Id"));
		assertThat(journaled.get("body").asString()).isEqualTo(modify);
		assertThat(journaled.get("fault").toString()).isEqualTo("{\"id\":\"%s\",\"effect\":\"error\"}".formatted(id));
		assertThat(this.api.get(CONFIGURATION + task).assertOk().json().get("is_tables_change").asBoolean()).isFalse();

		this.api.put(REPLICATION_PATH, modify).assertOk();
		assertThat(this.api.get(CONFIGURATION + task).assertOk().json().get("is_tables_change").asBoolean()).isTrue();
		assertThat(rule(id).get("fired").asInt()).isEqualTo(1);
		assertThat(rule(id).get("matched").asInt()).isEqualTo(2);
		assertThat(rule(id).get("remaining").asInt()).isZero();
	}

	@Test
	void anErrorRuleWithoutACodeAnswersTheEmulatorsOwnErrorForTheStatusInTheRequestLanguage() {
		addRule("{\"operation\":\"ListStarRocksDataReplications\",\"effect\":\"error\",\"status\":503}");

		this.api.get(REPLICATION_PATH).assertError(503, "DBS.05000000", "server error.");
		this.api.withHeader("X-Language", "zh-cn").get(REPLICATION_PATH).assertError(503, "DBS.05000000", "服务器错误。");
	}

	@Test
	void aGatewayCodeCarriesTheRequestIdAsTheGatewaysErrorsDo() {
		addRule("""
				{"operation":"ListStarRocksDataReplications","effect":"error","status":429,"error_code":"APIGW.0308",\
				"error_msg":"The throttling threshold has been reached.","times":1}""");

		this.api.get(REPLICATION_PATH).assertError(429, "APIGW.0308", "The throttling threshold has been reached.");
	}

	@Test
	void aDelayRuleDelaysTheReplyWhichIsOtherwiseUnchanged() {
		String task = createTask();
		String id = addRule(
				"{\"operation\":\"ListStarRocksDataReplicationConfig\",\"effect\":\"delay\",\"delay_ms\":200,\"times\":1}");
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();

		long start = System.nanoTime();
		ApiResponse delayed = this.api.get(CONFIGURATION + task).assertOk();
		long elapsedMs = (System.nanoTime() - start) / 1_000_000;

		assertThat(elapsedMs).isGreaterThanOrEqualTo(200);
		assertThat(delayed.body()).isEqualTo(this.api.get(CONFIGURATION + task).assertOk().body());
		// newest first: the undelayed call, then the delayed one
		JsonNode delayedEntry = this.api.get("/_emulator/requests").assertOk().json().get("requests").get(1);
		assertThat(delayedEntry.get("fault").toString())
			.isEqualTo("{\"id\":\"%s\",\"effect\":\"delay\",\"delay_ms\":200}".formatted(id));
		assertThat(delayedEntry.get("duration_ms").asLong()).isGreaterThanOrEqualTo(200);
	}

	@Test
	void aDelayRangeDrawsADelayWithinIt() {
		String id = addRule(
				"{\"operation\":\"ListStarRocksDataReplications\",\"effect\":\"delay\",\"delay_ms\":200,\"delay_max_ms\":300,\"times\":1}");
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();

		long start = System.nanoTime();
		this.api.get(REPLICATION_PATH).assertOk();
		long elapsedMs = (System.nanoTime() - start) / 1_000_000;

		assertThat(elapsedMs).isGreaterThanOrEqualTo(200);
		JsonNode fault = this.api.get("/_emulator/requests").assertOk().json().get("requests").get(0).get("fault");
		assertThat(fault.get("id").asString()).isEqualTo(id);
		assertThat(fault.get("delay_ms").asLong()).isBetween(200L, 300L);
	}

	@Test
	void aDropRuleClosesTheConnectionWithoutAReply() throws IOException {
		String id = addRule("{\"operation\":\"ListStarRocksDataReplications\",\"effect\":\"drop\"}");
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();

		byte[] received = rawExchange(
				"GET " + REPLICATION_PATH + " HTTP/1.1\r\nHost: localhost\r\n" + "X-Auth-Token: t\r\n\r\n");
		// java.net.http retries a GET once on a closed connection, which the rule drops
		// as well
		Throwable failure = catchThrowable(() -> this.api.get(REPLICATION_PATH));

		assertThat(received).as("bytes received before the connection closed").isEmpty();
		assertThat(failure).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(IOException.class);
		List<JsonNode> entries = new ArrayList<>();
		this.api.get("/_emulator/requests").assertOk().json().get("requests").forEach(entries::add);
		assertThat(entries).hasSizeGreaterThanOrEqualTo(2).allSatisfy((entry) -> {
			assertThat(entry.get("status").isNull()).as("no status: nothing was answered").isTrue();
			assertThat(entry.get("fault").toString()).isEqualTo("{\"id\":\"%s\",\"effect\":\"drop\"}".formatted(id));
		});
		assertThat(rule(id).get("fired").asInt()).isEqualTo(entries.size());

		this.api.send("DELETE", FAULTS + "/" + id, null).assertOk();
		this.api.get(REPLICATION_PATH).assertOk();
	}

	@Test
	void aMethodAndPathRuleFiresOnlyOnThatMethodAndPath() {
		String id = addRule("{\"method\":\"get\",\"path\":\"/v3/*/jobs\",\"effect\":\"error\",\"status\":500}");

		this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=00000000-0000-0000-0000-000000000000")
			.assertError(500, "DBS.05000000", "server error.");
		this.api.get(REPLICATION_PATH).assertOk();
		this.api.post(REPLICATION_PATH + "/table-config-check", "{}");

		assertThat(rule(id).get("method").asString()).isEqualTo("GET");
		assertThat(rule(id).get("fired").asInt()).isEqualTo(1);
		assertThat(rule(id).get("matched").asInt()).isEqualTo(1);
	}

	@Test
	void aProjectRuleLeavesOtherProjectsAlone() {
		String id = addRule("""
				{"path":"/v3/**","project_id":"ffffeeeeddddccccbbbbaaaa99998888","effect":"error","status":500}""");

		this.api.get(REPLICATION_PATH).assertOk();

		assertThat(rule(id).get("matched").asInt()).isZero();
	}

	@Test
	void aRuleWithProbabilityZeroMatchesButNeverFires() {
		String id = addRule("{\"operation\":\"ListStarRocksDataReplications\",\"effect\":\"drop\",\"probability\":0}");

		for (int i = 0; i < 3; i++) {
			this.api.get(REPLICATION_PATH).assertOk();
		}

		assertThat(rule(id).get("matched").asInt()).isEqualTo(3);
		assertThat(rule(id).get("fired").asInt()).isZero();
	}

	@Test
	void theFirstRuleThatFiresWins() {
		String first = addRule(
				"{\"operation\":\"ListStarRocksDataReplications\",\"effect\":\"error\",\"status\":503,\"times\":1}");
		String second = addRule("{\"path\":\"/v3/**\",\"effect\":\"error\",\"status\":500,\"times\":1}");

		this.api.get(REPLICATION_PATH).assertError(503, "DBS.05000000", "server error.");
		this.api.get(REPLICATION_PATH).assertError(500, "DBS.05000000", "server error.");
		this.api.get(REPLICATION_PATH).assertOk();

		assertThat(rule(first).get("fired").asInt()).isEqualTo(1);
		assertThat(rule(second).get("fired").asInt()).isEqualTo(1);
		assertThat(rule(second).get("matched").asInt()).isEqualTo(2);
	}

	@Test
	void controlPlaneCallsNeverConsumeARule() {
		String id = addRule("{\"path\":\"/**\",\"effect\":\"error\",\"status\":500,\"times\":1}");

		this.api.get(FAULTS).assertOk();
		this.api.get("/_emulator/requests").assertOk();
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();
		this.api.get("/actuator/health");

		assertThat(rule(id).get("matched").asInt()).isZero();
		this.api.get(REPLICATION_PATH).assertError(500, "DBS.05000000", "server error.");
	}

	@Test
	void aRequestTheGatewayRefusesUsesUpNoRule() {
		String id = addRule(
				"{\"operation\":\"ListStarRocksDataReplications\",\"effect\":\"error\",\"status\":500,\"times\":1}");

		this.api.withHeader("X-Auth-Token", null)
			.get(REPLICATION_PATH)
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information:");

		assertThat(rule(id).get("matched").asInt()).isZero();
	}

	private String addRule(String body) {
		ApiResponse added = this.api.post(FAULTS, body);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		return added.text("id");
	}

	private JsonNode rule(String id) {
		return this.api.get(FAULTS + "/" + id).assertOk().json();
	}

	/**
	 * Sends a request on a new socket and returns every byte that came back before the
	 * server closed it.
	 */
	private byte[] rawExchange(String request) throws IOException {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		try (Socket socket = new Socket("localhost", port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				received.write(buffer, 0, read);
			}
		}
		catch (SocketException ex) {
			// a reset rather than an orderly close is also a connection closed without a
			// reply
		}
		return received.toByteArray();
	}

}
