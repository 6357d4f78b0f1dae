package io.github.taurusdbhtapmock.admin.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET} and {@code DELETE /_emulator/requests} against the shared emulator. */
class JournalHttpTest extends EmulatorTest {

	private static final String JOURNAL = "/_emulator/requests";

	private static final String OTHER_PROJECT = "ffffeeeeddddccccbbbbaaaa99998888";

	@BeforeEach
	void clearJournal() {
		this.api.send("DELETE", JOURNAL, null).assertOk();
	}

	@Test
	void anEntryDescribesTheExchangeAsTheClientSawIt() {
		String body = createBody(Names.unique("task"), "src_db", Names.unique("tgt"));
		ApiResponse created = this.api.post(REPLICATION_PATH, body).assertOk();

		JsonNode entry = onlyEntry(list(""));

		assertThat(entry.propertyNames()).containsExactlyInAnyOrder("seq", "time", "method", "path", "query",
				"operation", "project_id", "status", "request_id", "duration_ms", "headers", "body", "body_truncated",
				"fault");
		assertThat(entry.get("method").asString()).isEqualTo("POST");
		assertThat(entry.get("path").asString()).isEqualTo(REPLICATION_PATH);
		assertThat(entry.get("query").isNull()).isTrue();
		assertThat(entry.get("operation").asString()).isEqualTo("CreateStarRocksDataReplication");
		assertThat(entry.get("project_id").asString()).isEqualTo(ApiClient.PROJECT);
		assertThat(entry.get("status").asInt()).isEqualTo(200);
		assertThat(entry.get("request_id").asString()).isEqualTo(created.header("X-Request-Id"));
		assertThat(entry.get("duration_ms").asLong()).isNotNegative();
		assertThat(Instant.parse(entry.get("time").asString())).isBeforeOrEqualTo(Instant.now());
		assertThat(entry.get("headers").get("content-type").asString()).isEqualTo("application/json;charset=UTF-8");
		assertThat(entry.get("body").asString()).isEqualTo(body);
		assertThat(entry.get("body_truncated").asBoolean()).isFalse();
		assertThat(entry.get("fault").isNull()).isTrue();
	}

	@Test
	void credentialsAreRedacted() {
		String signature = "SDK-HMAC-SHA256 Access=" + DemoTopology.ACCESS_KEY + ", SignedHeaders=host;x-sdk-date, "
				+ "Signature=0123456789abcdef0123456789abcdef";
		this.api.withHeader("X-Auth-Token", "secret-token-value")
			.withHeader("Authorization", signature)
			.withHeader("X-Security-Token", "secret-security-token")
			.get(REPLICATION_PATH)
			.assertOk();

		ApiResponse listing = list("");
		JsonNode headers = onlyEntry(listing).get("headers");

		assertThat(headers.get("authorization").asString()).isEqualTo("[redacted]");
		assertThat(headers.get("x-auth-token").asString()).isEqualTo("[redacted]");
		assertThat(headers.get("x-security-token").asString()).isEqualTo("[redacted]");
		assertThat(listing.body()).doesNotContain("secret-token-value", "secret-security-token", "Signature=");
	}

	@Test
	void refusedRequestsAreJournaledWithTheBodyNothingRead() {
		this.api.withHeader("X-Auth-Token", null)
			.put(REPLICATION_PATH, "{\"task_name\":\"unauthenticated\"}")
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information:");
		this.api.post("/v3/" + ApiClient.PROJECT + "/no-such-api?x=1", "{\"task_name\":\"unrouted\"}")
			.assertError(404, "APIGW.0101", "The API does not exist");

		List<JsonNode> entries = entries(list(""));

		assertThat(entries).hasSize(2);
		JsonNode notFound = entries.get(0);
		assertThat(notFound.get("status").asInt()).isEqualTo(404);
		assertThat(notFound.get("operation").isNull()).isTrue();
		assertThat(notFound.get("query").asString()).isEqualTo("x=1");
		assertThat(notFound.get("body").asString()).isEqualTo("{\"task_name\":\"unrouted\"}");
		JsonNode unauthorized = entries.get(1);
		assertThat(unauthorized.get("status").asInt()).isEqualTo(401);
		assertThat(unauthorized.get("operation").asString()).isEqualTo("ModifyDataSync");
		assertThat(unauthorized.get("body").asString()).isEqualTo("{\"task_name\":\"unauthenticated\"}");
	}

	@Test
	void aClientWaitingFor100ContinueIsAnsweredByTheApplicationNotByTheJournal() throws IOException {
		String body = createBody(Names.unique("task"), "src_db", Names.unique("tgt"));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String finalReply;
		try (Socket socket = new Socket("localhost", port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write(("POST " + REPLICATION_PATH + " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\n"
					+ "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " + bytes.length
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(readHead(in)).startsWith("HTTP/1.1 100");
			out.write(bytes);
			out.flush();
			finalReply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertThat(finalReply).startsWith("HTTP/1.1 200");
		JsonNode entry = onlyEntry(list(""));
		assertThat(entry.get("headers").get("expect").asString()).isEqualTo("100-continue");
		assertThat(entry.get("body").asString()).isEqualTo(body);
	}

	@Test
	void aChunkedBodyIsJournaledAndARequestWithoutOneHasNoBody() throws IOException {
		String body = "{\"task_name\":\"chunked_unauthenticated\"}";
		String chunked = Integer.toHexString(10) + "\r\n" + body.substring(0, 10) + "\r\n"
				+ Integer.toHexString(body.length() - 10) + "\r\n" + body.substring(10) + "\r\n0\r\n\r\n";
		String reply;
		try (Socket socket = new Socket("localhost", port())) {
			socket.setSoTimeout(10_000);
			// no credentials: refused before the application reads the body, which the
			// journal must still show
			socket.getOutputStream()
				.write(("PUT " + REPLICATION_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
						+ chunked)
					.getBytes(StandardCharsets.US_ASCII));
			reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		this.api.get(REPLICATION_PATH).assertOk();

		assertThat(reply).startsWith("HTTP/1.1 401");
		List<JsonNode> entries = entries(list(""));
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).get("method").asString()).isEqualTo("GET");
		assertThat(entries.get(0).get("body").isNull()).isTrue();
		assertThat(entries.get(1).get("body").asString()).isEqualTo(body);
		assertThat(entries.get(1).get("body_truncated").asBoolean()).isFalse();
	}

	@Test
	void entriesAreListedNewestFirstAndLimitKeepsTheNewest() {
		for (int i = 1; i <= 3; i++) {
			this.api.get(REPLICATION_PATH + "?limit=" + i).assertOk();
		}

		List<JsonNode> entries = entries(list("?limit=2"));

		assertThat(entries).extracting((entry) -> entry.get("query").asString()).containsExactly("limit=3", "limit=2");
		assertThat(entries.get(0).get("seq").asLong()).isGreaterThan(entries.get(1).get("seq").asLong());
	}

	@Test
	void filtersCombine() {
		String task = createTask();
		this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		this.api.get(REPLICATION_PATH + "/configuration?task_name=no_such_task")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		this.api.get("/v3/" + OTHER_PROJECT + "/jobs?id=0");

		assertThat(queries(list("?method=get&path=/v3/*/instances/**/configuration")))
			.containsExactly("task_name=no_such_task", "task_name=" + task);
		assertThat(queries(list("?operation=ListStarRocksDataReplicationConfig&status=200")))
			.containsExactly("task_name=" + task);
		assertThat(queries(list("?status=4xx&project=" + ApiClient.PROJECT))).containsExactly("task_name=no_such_task");
		assertThat(entries(list("?project=" + OTHER_PROJECT))).singleElement()
			.satisfies((entry) -> assertThat(entry.get("operation").asString()).isEqualTo("ShowGaussMySqlJobInfo"));
		assertThat(entries(list("?method=POST"))).singleElement()
			.satisfies((entry) -> assertThat(entry.get("operation").asString())
				.isEqualTo("CreateStarRocksDataReplication"));
		assertThat(entries(list("?status=500"))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "limit=0|limit: must be a whole number from 1",
			"limit=-1|limit: must be a whole number from 1", "limit=ten|limit: must be a whole number from 1",
			"limit=1000000000|limit: must be a whole number from 1",
			"status=600|status: must be an HTTP status such as 404, or a class such as 4xx",
			"status=4x|status: must be an HTTP status such as 404, or a class such as 4xx",
			"status=ok|status: must be an HTTP status such as 404, or a class such as 4xx",
			"status=200&status=404|status: must be an HTTP status such as 404, or a class such as 4xx",
			"method=G3T|method: must be an HTTP method such as GET",
			"path=v3/**|path: must be a path pattern starting with /",
			"operation=Modify-Data-Sync|operation: must be an SDK operation name",
			"project=|project: must have a size between 1 and 128",
			"stauts=500|stauts: is not a parameter of this request; use method, path, project, operation, status, limit." })
	void aBadFilterIsRefusedNamingTheParameter(String query, String message) {
		ApiResponse reply = this.api.get(JOURNAL + "?" + query)
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.");
		assertThat(reply.errorMessage()).contains(message);
	}

	@Test
	void aBadFilterIsExplainedInChinese() {
		ApiResponse reply = this.api.withHeader("X-Language", "zh-cn")
			.get(JOURNAL + "?limit=0")
			.assertError(400, "EMULATOR.0400", "控制面请求无效。");
		assertThat(reply.errorMessage()).contains("limit: 必须是1到999999999之间的整数");
	}

	@Test
	void deleteForgetsEveryEntry() {
		this.api.get(REPLICATION_PATH).assertOk();
		this.api.get(REPLICATION_PATH).assertOk();

		assertThat(this.api.send("DELETE", JOURNAL, null).assertOk().json().get("deleted").asInt()).isEqualTo(2);
		assertThat(entries(list(""))).isEmpty();
	}

	@Test
	void controlPlaneAndActuatorCallsAreNotJournaled() {
		this.api.get("/_emulator/faults").assertOk();
		this.api.get(JOURNAL + "?limit=5").assertOk();
		this.api.get("/_emulator/no-such-thing");
		this.api.get("/actuator/health");
		this.api.get("/actuator");

		ApiResponse listing = list("");

		assertThat(entries(listing)).isEmpty();
		assertThat(listing.json().get("max_entries").asInt()).isEqualTo(1000);
	}

	/** Reads one status line and its headers, up to the blank line. */
	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			head.append((char) b);
		}
		return head.toString();
	}

	private ApiResponse list(String query) {
		return this.api.get(JOURNAL + query).assertOk();
	}

	private static List<JsonNode> entries(ApiResponse listing) {
		List<JsonNode> entries = new ArrayList<>();
		listing.json().get("requests").forEach(entries::add);
		return entries;
	}

	private static List<String> queries(ApiResponse listing) {
		return entries(listing).stream().map((entry) -> entry.get("query").asString()).toList();
	}

	private static JsonNode onlyEntry(ApiResponse listing) {
		List<JsonNode> entries = entries(listing);
		assertThat(entries).as(listing.body()).hasSize(1);
		return entries.get(0);
	}

}
