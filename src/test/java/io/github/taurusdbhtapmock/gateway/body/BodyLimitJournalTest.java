package io.github.taurusdbhtapmock.gateway.body;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.RawHttp;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body limit (here 1 KB, under the journal's 4096 bytes) and the journal share one
 * buffer: a body refused as too large is journaled with its start, and reading it stops
 * one byte past the limit, whatever the journal would keep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.limits.max-body-size=1KB", "server.tomcat.connection-timeout=1s" })
class BodyLimitJournalTest {

	private static final int LIMIT = 1024;

	@LocalServerPort
	private int port;

	private ApiClient api;

	@BeforeEach
	void clearJournal() {
		this.api = ApiClient.forPort(this.port);
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();
	}

	private static String bodyOf(int size) {
		String prefix = "{\"task_name\":\"";
		return prefix + "a".repeat(size - prefix.length() - 2) + "\"}";
	}

	@Test
	void aDeclaredLengthOverTheLimitIsJournaledWithTheStartOfItsBody() {
		String body = bodyOf(3000);
		RawHttp.Reply reply = RawHttp.exchange(this.port,
				"POST " + ApiClient.REPLICATION_PATH + " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\n"
						+ "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
		assertThat(reply.status()).isEqualTo(413);

		JsonNode entry = onlyEntry();
		assertThat(entry.get("status").asInt()).isEqualTo(413);
		assertThat(entry.get("operation").isNull()).isTrue();
		assertThat(entry.get("request_id").asString()).isEqualTo(reply.header("X-Request-Id"));
		assertThat(entry.get("body_truncated").asBoolean()).isTrue();
		assertThat(entry.get("body").asString()).hasSize(LIMIT + 1).isEqualTo(body.substring(0, LIMIT + 1));
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedOneBytePastItAndJournaledWithItsStart() throws Exception {
		String body = bodyOf(5000);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + ApiClient.REPLICATION_PATH))
			.header("X-Auth-Token", "t")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);

		JsonNode entry = onlyEntry();
		assertThat(entry.get("status").asInt()).isEqualTo(413);
		assertThat(entry.get("body_truncated").asBoolean()).isTrue();
		assertThat(entry.get("body").asString()).isEqualTo(body.substring(0, LIMIT + 1));
	}

	@Test
	void aBodyAtTheLimitIsJournaledWhole() {
		String body = bodyOf(LIMIT);
		this.api.post(ApiClient.REPLICATION_PATH, body).assertError(400, "DBS.280001", "Parameter error.");

		JsonNode entry = onlyEntry();
		assertThat(entry.get("operation").asString()).isEqualTo("CreateStarRocksDataReplication");
		assertThat(entry.get("body_truncated").asBoolean()).isFalse();
		assertThat(entry.get("body").asString()).isEqualTo(body);
	}

	private JsonNode onlyEntry() {
		JsonNode requests = this.api.get("/_emulator/requests").assertOk().json().get("requests");
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

}
