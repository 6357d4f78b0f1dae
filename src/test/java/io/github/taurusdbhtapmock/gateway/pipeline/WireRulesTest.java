package io.github.taurusdbhtapmock.gateway.pipeline;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.RawHttp;
import tools.jackson.databind.json.JsonMapper;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire conventions every operation follows, and the answers to requests that are not
 * what they should be.
 */
class WireRulesTest extends EmulatorTest {

	@ParameterizedTest(name = "{0} {1}: {2} as {3}")
	@CsvSource(delimiter = '|', value = { "POST||task_name|5|task_name: must be a JSON string",
			"POST||source_instance_id|true|source_instance_id: must be a JSON string",
			"POST||source_node_id|1.5|source_node_id: must be a JSON string",
			"POST||source_database|[]|source_database: must be a JSON string",
			"POST||target_database|{}|target_database: must be a JSON string",
			"PUT||task_name|123|task_name: must be a JSON string",
			"PUT||source_database_name|false|source_database_name: must be a JSON string",
			"PUT||target_database_name|7|target_database_name: must be a JSON string",
			"PUT||is_instance_level_sync|true|is_instance_level_sync: must be a JSON string",
			"PUT||database_repl_scope|1|database_repl_scope: must be a JSON string",
			"PUT||is_support_reg_exp|false|is_support_reg_exp: must be a JSON string",
			"PUT||db_configs|{\"param_name\":\"sync_view\",\"value\":\"true\"}|db_configs: must be a JSON array",
			"PUT||db_configs|[{\"param_name\":\"sync_view\",\"value\":true}]|db_configs[0].value: must be a JSON string",
			"PUT||db_configs|[{\"param_name\":1,\"value\":\"1\"}]|db_configs[0].param_name: must be a JSON string",
			"PUT||tables_configs|{\"table_name\":\"t1\",\"table_config\":\"order by id\"}|tables_configs: must be a JSON array",
			"PUT||tables_configs|[{\"table_name\":\"t1\",\"table_config\":0}]|tables_configs[0].table_config: must be a JSON string",
			"PUT||table_repl_config|\"all\"|table_repl_config: must be a JSON object",
			"PUT||table_repl_config|{\"tables\":[\"t1\",2]}|table_repl_config.tables[1]: must be a JSON string",
			"PUT||table_repl_config|{\"repl_scope\":false}|table_repl_config.repl_scope: must be a JSON string",
			"POST|/table-config-check|is_create_task|true|is_create_task: must be a JSON string",
			"POST|/table-config-check|source_node_id|0|source_node_id: must be a JSON string" })
	void aValueOfTheWrongJsonTypeIsRefusedNotCoerced(String method, String suffix, String field, String value,
			String message) {
		String body = "{\"" + field + "\":" + value + (field.equals("task_name") ? "" : ",\"task_name\":\"abc\"") + "}";
		ApiResponse reply = this.api.send(method, REPLICATION_PATH + (suffix != null ? suffix : ""), body)
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains(message);
	}

	/**
	 * Integers, numbers and booleans are not converted from another JSON type either: a
	 * fault rule's integer status as a string or a fraction, its probability as a string,
	 * are refused, and no rule is added.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "\"status\":\"503\"", "\"status\":503.5", "\"status\":true", "\"status\":503,\"times\":\"1\"",
					"\"status\":503,\"probability\":\"0.5\"", "\"status\":503,\"probability\":false" })
	void aNumberOfTheWrongJsonTypeIsRefusedNotCoerced(String fields) {
		String body = "{\"operation\":\"ListStarRocksDataReplications\",\"effect\":\"error\"," + fields + "}";

		this.api.post("/_emulator/faults", body).assertError(400, "EMULATOR.0400", "");
		assertThat(this.api.get("/_emulator/faults").assertOk().json().get("faults")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "empty body|", "JSON null|null", "not JSON|{\"task_name\":", "array|[]", "string|\"task\"",
					"duplicate key|{\"task_name\":\"abc\",\"task_name\":\"abd\"}",
					"trailing garbage|{\"task_name\":\"abc\"} x", "invalid UTF-8|{\"task_name\":\"ab\u00ff\"}" })
	void anEmptyOrUnparsableBodyIsTheEmptyRequestError(String what, String body) {
		byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (what.equals("invalid UTF-8")) {
			bytes = "{\"task_name\":\"ab\u0000\"}".getBytes(StandardCharsets.ISO_8859_1);
			bytes[bytes.length - 3] = (byte) 0xff;
		}
		RawHttp.Reply reply = RawHttp.exchange(port(), rawPost(REPLICATION_PATH, bytes));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		assertThat(reply.body()).startsWith("{\"error_code\":\"DBS.200006\",\"error_msg\":\"The request is null.");
	}

	@Test
	void deeplyNestedJsonIsRefusedWithoutAStackOverflow() {
		String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
		ApiResponse reply = this.api.post(REPLICATION_PATH, deep)
			.assertError(400, "DBS.200006", "The request is null.");
		assertThat(reply.errorMessage()).contains("not valid JSON");
	}

	@Test
	void unknownRequestFieldsAreIgnored() {
		this.api.post(REPLICATION_PATH, createBody(Names.unique("task"), "src_db", Names.unique("tgt")).replace("{",
				"{\"is_main_task\":\"true\",\"extra\":{\"nested\":[1,2]},"))
			.assertOk();
	}

	@Test
	void aChunkedBodyIsReadWhole() throws Exception {
		String body = createBody(Names.unique("task"), "src_db", Names.unique("tgt"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.api.baseUrl() + REPLICATION_PATH))
			.header("X-Auth-Token", "t")
			.header("Content-Type", "application/json;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.builder().build().readTree(response.body()).get("job_id").isString()).isTrue();
	}

	@Test
	void aGetWithAContentTypeAndNoBodyIsFine() {
		String task = createTask();
		this.api.withHeader("Content-Type", "application/json")
			.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "application/xml" })
	void aBodyThatIsNotDeclaredJsonIsRefused(String contentType) {
		ApiResponse reply = this.api.withHeader("Content-Type", contentType)
			.post(REPLICATION_PATH, createBody(Names.unique("task"), "src_db", Names.unique("tgt")))
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("Content-Type: must be application/json");
	}

	@Test
	void anAcceptHeaderAskingForHtmlStillGetsJson() {
		this.api.withHeader("Accept", "text/html")
			.get(REPLICATION_PATH + "/configuration?task_name=none")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		this.api.withHeader("Accept", "text/html")
			.get("/v3/nowhere")
			.assertError(404, "APIGW.0101", "The API does not exist");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET,/", "GET,/v3", "GET,/error", "POST,/v3/" + DemoTopology.PROJECT_ID + "/jobs",
			"DELETE," + REPLICATION_PATH + "/configuration", "PATCH," + REPLICATION_PATH,
			"GET," + REPLICATION_PATH + "/", "POST," + REPLICATION_PATH + "/configuration",
			"GET," + REPLICATION_PATH + "/table-config-check" })
	void unknownRoutesAndWrongMethodsAnswerInTheGatewayShape(String method, String path) {
		ApiResponse reply = this.api.send(method, path, method.equals("GET") ? null : "{}")
			.assertError(404, "APIGW.0101", "The API does not exist or has not been published in the environment.");
		assertThat(reply.body()).doesNotContain("<html", "Whitelabel", "Exception");
	}

	@Test
	void anUnknownRouteIsNotFoundEvenWithoutCredentials() {
		this.api.withHeader("X-Auth-Token", null).get("/v3/nowhere").assertError(404, "APIGW.0101", "The API");
	}

	@Test
	void aRequestWithoutCredentialsIsRefusedByTheGateway() {
		ApiResponse reply = this.api.withHeader("X-Auth-Token", null)
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information:");
		assertThat(reply.errorMessage()).contains("x-auth-token not found");
		this.api.withHeader("X-Auth-Token", "  ")
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information:");
	}

	@Test
	void aMalformedSignatureHeaderIsRefusedAndAWellFormedOneAccepted() {
		ApiClient signed = this.api.withHeader("X-Auth-Token", null);
		signed.withHeader("Authorization", "Bearer abc")
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information:");
		signed.withHeader("Authorization", "SDK-HMAC-SHA256 Access=AK, Signature=abc")
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information:");
		signed
			.withHeader("Authorization",
					"SDK-HMAC-SHA256 Access=" + DemoTopology.ACCESS_KEY
							+ ", SignedHeaders=host;x-sdk-date, Signature=0123abcd")
			.withHeader("X-Sdk-Date", "20261121T225047Z")
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void anUnknownLanguageFallsBackToEnglish() {
		this.api.withHeader("X-Language", "fr-fr")
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		this.api.withHeader("X-Language", "ZH-CN")
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(400, "DBS.270022", "同步任务不存在。");
	}

	@Test
	void gatewayErrorsAreLocalizedToo() {
		this.api.withHeader("X-Language", "zh-cn").get("/v3/nowhere").assertError(404, "APIGW.0101", "API不存在或未在环境中发布。");
	}

	@Test
	void anInvalidPercentEncodingInThePathIsAGatewayError() {
		RawHttp.Reply reply = RawHttp.exchange(port(),
				"GET /v3/%zz/instances HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertGatewayRequestError(reply);
	}

	@Test
	void anInvalidPercentEncodingInTheQueryIsAGatewayError() {
		RawHttp.Reply reply = RawHttp.exchange(port(), "GET " + REPLICATION_PATH
				+ "/configuration?task_name=%zz HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\nConnection: close\r\n\r\n");
		assertGatewayRequestError(reply);
		assertThat(reply.body()).contains("percent-encoded");
	}

	@Test
	void aMalformedRequestLineIsAGatewayError() {
		assertGatewayRequestError(
				RawHttp.exchange(port(), "GET /v3/a|b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
	}

	@Test
	void oversizedHeadersAreAGatewayError() {
		assertGatewayRequestError(RawHttp.exchange(port(),
				"GET " + REPLICATION_PATH + "/configuration?task_name=abc HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: "
						+ "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n"));
	}

	@Test
	void anOversizedUriIsAGatewayError() {
		assertGatewayRequestError(RawHttp.exchange(port(), "GET " + REPLICATION_PATH + "/configuration?task_name="
				+ "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
	}

	/**
	 * Tomcat answers 501 for a transfer coding it does not implement; for the client that
	 * is a malformed request, not a failure of the service.
	 */
	@Test
	void anUnknownTransferEncodingIsAGatewayError() {
		assertGatewayRequestError(RawHttp.exchange(port(),
				"POST " + REPLICATION_PATH
						+ " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\nTransfer-Encoding: xchunked\r\n"
						+ "Content-Type: application/json\r\nConnection: close\r\n\r\n"));
	}

	/**
	 * Also on the control plane's paths: the refusal is the gateway's, before any route
	 * is known.
	 */
	@Test
	void anUnknownTransferEncodingOnTheControlPlaneIsAGatewayErrorToo() {
		assertGatewayRequestError(RawHttp.exchange(port(),
				"POST /_emulator/topology HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: xchunked\r\n"
						+ "Content-Type: application/json\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n"));
	}

	/**
	 * An HTTP/0.9 request line (no protocol) would be answered the HTTP/0.9 way, a body
	 * without status line or headers; the connection is closed instead, with nothing
	 * written.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "GET /\r\n", "GET /v3/x/instances\r\n", "POST /_emulator/reset\r\n" })
	void anHttp09RequestIsClosedWithoutAReply(String requestLine) throws Exception {
		try (java.net.Socket socket = new java.net.Socket("localhost", port())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(requestLine.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)).isEmpty();
		}
		// the server goes on serving
		this.api.get(REPLICATION_PATH).assertOk();
	}

	private static void assertGatewayRequestError(RawHttp.Reply reply) {
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		assertThat(reply.header("X-Request-Id")).matches("[0-9a-f]{32}");
		assertThat(reply.body()).startsWith("{\"error_code\":\"APIGW.0201\",\"error_msg\":\"API request error.")
			.contains("\"request_id\":\"" + reply.header("X-Request-Id") + "\"");
	}

	private static byte[] rawPost(String path, byte[] body) {
		byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\n"
				+ "Content-Type: application/json;charset=UTF-8\r\nContent-Length: " + body.length
				+ "\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		return request;
	}

}
