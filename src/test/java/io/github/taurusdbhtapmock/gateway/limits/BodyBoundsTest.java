package io.github.taurusdbhtapmock.gateway.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every body is bounded, the control plane's included: in size (a state import by its
 * own, larger limit) and in total time, however slowly it trickles. A refused body
 * changes nothing stored. Here bodies may be 16 KB, a state document 64 KB, and every
 * body must arrive within 2 s, far less than the 10 s the connection may stay silent
 * between two reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.limits.max-body-size=16KB", "emulator.limits.max-state-size=64KB",
				"emulator.limits.body-timeout=2s", "server.tomcat.connection-timeout=10s" })
class BodyBoundsTest {

	@LocalServerPort
	private int port;

	private ApiClient api() {
		return ApiClient.forPort(this.port);
	}

	private String state() {
		return api().get("/_emulator/state").assertOk().body();
	}

	private static String topologyOf(int bytes) {
		String start = "{\"projects\":[]";
		return start + " ".repeat(bytes - start.length() - 1) + "}";
	}

	@Test
	void aControlPlaneBodyOverItsLimitIsRefusedNamingTheSetting() {
		String before = state();
		ApiResponse reply = api().post("/_emulator/topology", topologyOf(2 * 1024 * 1024))
			.assertError(413, "EMULATOR.0413", "The control-plane request body is too large.");
		assertThat(reply.errorMessage()).contains("16384 bytes", "emulator.limits.max-body-size");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aStateImportHasItsOwnLargerLimit() {
		String exported = state();
		// the exported document, padded past the body limit but within the state limit
		String padded = exported.substring(0, exported.length() - 1) + " ".repeat(40 * 1024) + "}";
		api().put("/_emulator/state", padded).assertOk();
		assertThat(state()).isEqualTo(exported);
	}

	@Test
	void aChunkedStateImportOverItsLimitIsRefusedWhileReadAndChangesNothing() throws Exception {
		String before = state();
		byte[] body = (before.substring(0, before.length() - 1) + " ".repeat(2 * 1024 * 1024) + "}")
			.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/_emulator/state"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		ApiResponse reply = new ApiResponse(response.statusCode(), response.headers(), response.body());
		reply.assertError(413, "EMULATOR.0413", "The control-plane request body is too large.");
		assertThat(reply.errorMessage()).contains("65536 bytes", "emulator.limits.max-state-size");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void anApiBodyTrickledPastTheTotalTimeIsRefusedAndNothingIsCreated() throws Exception {
		String task = Names.unique("trickled");
		String body = """
				{"source_instance_id":"%s","source_database":"src_db","target_database":"%s_t","task_name":"%s"}"""
			.formatted(ApiClient.SOURCE_INSTANCE, task, task);
		RawHttp.Reply reply = trickle("POST", ApiClient.REPLICATION_PATH, body);
		assertThat(reply.status()).isEqualTo(408);
		assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		assertThat(reply.header("Connection")).isEqualTo("close");
		assertThat(reply.body()).isEqualTo("{\"error_code\":\"APIGW.0201\",\"error_msg\":\"Request timeout.\","
				+ "\"request_id\":\"" + reply.header("X-Request-Id") + "\"}");
		assertThat(api().listed(task)).as("the trickled task was not created").isNull();
	}

	@Test
	void aStateImportTrickledPastTheTotalTimeIsRefusedAndChangesNothing() throws Exception {
		String before = state();
		RawHttp.Reply reply = trickle("PUT", "/_emulator/state", "{\"format_version\":2,\"tasks\":[],\"jobs\":[]}");
		assertThat(reply.status()).isEqualTo(408);
		assertThat(reply.body()).startsWith(
				"{\"error_code\":\"EMULATOR.0408\",\"error_msg\":\"The control-plane request body did not arrive in time.")
			.contains("2s", "emulator.limits.body-timeout");
		assertThat(state()).isEqualTo(before);
	}

	/**
	 * Sends the headers, then the body one byte every 200 ms (never silent long enough
	 * for the connection timeout), and reads the reply.
	 */
	private RawHttp.Reply trickle(String method, String path, String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: t\r\n"
					+ "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Thread writer = new Thread(() -> {
				try {
					for (byte b : bytes) {
						out.write(b);
						out.flush();
						Thread.sleep(200);
					}
				}
				catch (IOException | InterruptedException ex) {
					// refused and closed by the server: the point of the test
				}
			});
			writer.setDaemon(true);
			writer.start();
			byte[] reply = socket.getInputStream().readAllBytes();
			writer.interrupt();
			assertThat(reply).as("a reply before the whole body was sent").isNotEmpty();
			return RawHttp.parse(reply);
		}
	}

}
