package io.github.taurusdbhtapmock.gateway.limits;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body size limit (here 1 KB) and the timeout for a client that stalls (here 1 s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.limits.max-body-size=1KB", "server.tomcat.connection-timeout=1s" })
class RequestLimitsTest {

	@LocalServerPort
	private int port;

	private static String bodyOf(int size) {
		String prefix = "{\"task_name\":\"";
		return prefix + "a".repeat(size - prefix.length() - 2) + "\"}";
	}

	private static void assertTooLarge(int status, String contentType, String requestId, String body) {
		assertThat(status).isEqualTo(413);
		assertThat(contentType).isEqualTo("application/json;charset=UTF-8");
		assertThat(requestId).matches("[0-9a-f]{32}");
		assertThat(body).isEqualTo("{\"error_code\":\"APIGW.0201\",\"error_msg\":\"Request entity too large.\","
				+ "\"request_id\":\"" + requestId + "\"}");
	}

	@Test
	void aBodyAtTheLimitIsRead() {
		ApiClient.forPort(this.port)
			.post(ApiClient.REPLICATION_PATH, bodyOf(1024))
			.assertError(400, "DBS.280001", "Parameter error.");
	}

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedUnread() {
		RawHttp.Reply reply = RawHttp.exchange(this.port, "POST " + ApiClient.REPLICATION_PATH
				+ " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: "
				+ 1025 + "\r\n\r\n" + bodyOf(1025));
		assertTooLarge(reply.status(), reply.header("Content-Type"), reply.header("X-Request-Id"), reply.body());
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWhileRead() throws Exception {
		byte[] body = bodyOf(5000).getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + ApiClient.REPLICATION_PATH))
			.header("X-Auth-Token", "t")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertTooLarge(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
				response.headers().firstValue("X-Request-Id").orElse(null), response.body());
	}

	@Test
	void aStalledClientLosesItsConnectionWithoutHoldingOthersUp() throws Exception {
		try (Socket stalled = new Socket("localhost", this.port)) {
			stalled.setSoTimeout(10_000);
			OutputStream out = stalled.getOutputStream();
			out.write(("POST " + ApiClient.REPLICATION_PATH + " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\n"
					+ "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"task_")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();

			long started = System.nanoTime();
			for (int i = 0; i < 20; i++) {
				ApiClient.forPort(this.port).get(ApiClient.REPLICATION_PATH).assertOk();
			}
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("others are served meanwhile")
				.isLessThan(Duration.ofSeconds(5));

			// the server gives up on the stalled request after its timeout: it answers
			// and closes, or just closes
			InputStream in = stalled.getInputStream();
			byte[] reply = in.readAllBytes();
			String text = new String(reply, StandardCharsets.UTF_8);
			assertThat(text).doesNotContain("<html", "Exception");
			if (!text.isEmpty()) {
				assertThat(text).startsWith("HTTP/1.1 4").contains("application/json");
			}
		}
	}

}
