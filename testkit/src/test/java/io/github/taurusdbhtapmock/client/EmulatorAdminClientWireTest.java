package io.github.taurusdbhtapmock.client;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.AdminException;
import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the client sends, and what it does with what is not an emulator's answer: a server
 * that is not the emulator (the JDK's), a port where nothing listens, a server that never
 * answers.
 */
class EmulatorAdminClientWireTest {

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private volatile int status = 200;

	private volatile String reply = "{}";

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void everyCallSendsEnglishJsonAndTheTokenWhenGiven() {
		this.reply = "{\"deleted\":3}";
		EmulatorAdminClient client = EmulatorAdminClient.connect(baseUrl());
		assertThat(client.clearFaults()).isEqualTo(3);
		assertThat(client.withToken("t0ken-1").clearJournal()).isEqualTo(3);
		assertThat(this.requests).extracting(Request::line)
			.containsExactly("DELETE /_emulator/faults", "DELETE /_emulator/requests");
		assertThat(this.requests.get(0).exchange().getRequestHeaders().getFirst("X-Language")).isEqualTo("en-us");
		assertThat(this.requests.get(0).exchange().getRequestHeaders().getFirst("Accept"))
			.isEqualTo("application/json");
		assertThat(this.requests.get(0).exchange().getRequestHeaders().containsKey("X-Emulator-Token")).isFalse();
		assertThat(this.requests.get(1).exchange().getRequestHeaders().getFirst("X-Emulator-Token"))
			.isEqualTo("t0ken-1");
	}

	@Test
	void bodiesAreJsonAndQueryValuesAreEncoded() {
		EmulatorAdminClient client = EmulatorAdminClient.connect(baseUrl());
		this.reply = "{\"mode\":\"manual\",\"now\":\"2026-01-01T00:00:00Z\"}";
		client.advanceClock(Duration.ofMillis(2500));
		client.advanceClock(Duration.ofSeconds(90));
		client.advanceClock(Duration.ZERO);
		client.advanceClock(Duration.ofNanos(1));
		this.reply = "{\"max_entries\":10,\"evicted\":0,\"requests\":[]}";
		client.journal(JournalFilter.ALL);
		client.journal(JournalFilter.ALL.withMethod("get")
			.withPath("/v3/a b&c=d/**")
			.withProject("p+q")
			.withOperation("\u00e9")
			.withStatus("4xx")
			.withLimit(5));
		this.reply = "{\"reset\":\"a/b\"}";
		client.reset("a/b");
		this.reply = "{\"id\":\"fault-1\",\"matched\":0,\"fired\":0}";
		client.addFault(Fault.on("ModifyDataSync").drop().times(2));
		this.reply = "{\"job\":{\"id\":\"j\"}}";
		client.failJob("j/1", "why \"not\"");

		assertThat(this.requests).extracting(Request::line)
			.containsExactly("POST /_emulator/clock/advance?seconds=2.5", "POST /_emulator/clock/advance?seconds=90",
					"POST /_emulator/clock/advance?seconds=0", "POST /_emulator/clock/advance?seconds=0.000000001",
					"GET /_emulator/requests",
					"GET /_emulator/requests?method=get&path=%2Fv3%2Fa%20b%26c%3Dd%2F%2A%2A&project=p%2Bq"
							+ "&operation=%C3%A9&status=4xx&limit=5",
					"POST /_emulator/reset?project_id=a%2Fb", "POST /_emulator/faults",
					"POST /_emulator/jobs/j%2F1/fail");
		Request fault = this.requests.get(7);
		assertThat(fault.body()).isEqualTo("{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\",\"times\":2}");
		assertThat(fault.exchange().getRequestHeaders().getFirst("Content-Type"))
			.isEqualTo("application/json;charset=UTF-8");
		assertThat(this.requests.get(8).body()).isEqualTo("{\"fail_reason\":\"why \\\"not\\\"\"}");
	}

	@Test
	void aRefusalIsAnAdminException() {
		this.status = 409;
		this.reply = "{\"error_code\":\"EMULATOR.0409\",\"error_msg\":\"No.\"}";
		assertThatExceptionOfType(AdminException.class)
			.isThrownBy(() -> EmulatorAdminClient.connect(baseUrl()).completeJob("j"))
			.satisfies((refused) -> {
				assertThat(refused.httpStatus()).isEqualTo(409);
				assertThat(refused.errorCode()).isEqualTo("EMULATOR.0409");
				assertThat(refused.errorMsg()).isEqualTo("No.");
			});
	}

	@Test
	void aReplyThatIsNotTheEndpointsJsonNamesTheCallAndWhatCame() {
		EmulatorAdminClient client = EmulatorAdminClient.connect(baseUrl());
		this.reply = "<html>hello</html>";
		assertThatIllegalStateException().isThrownBy(client::info)
			.withMessageStartingWith("EmulatorAdmin.info(): GET " + baseUrl() + "/_emulator/info answered, "
					+ "but not with the documented JSON (Malformed JSON at offset 0")
			.withMessageEndingWith("<html>hello</html>");
		this.reply = "{\"mode\":\"manual\",\"now\":7}";
		assertThatIllegalStateException().isThrownBy(client::clock)
			.withMessageContaining("EmulatorAdmin.clock(): GET " + baseUrl() + "/_emulator/clock")
			.withMessageContaining("$.now: expected a string, found 7");
		this.reply = "[]";
		assertThatIllegalStateException().isThrownBy(client::exportState)
			.withMessageContaining("EmulatorAdmin.exportState(): GET")
			.withMessageContaining("expected a JSON object");
		this.reply = "";
		assertThatIllegalStateException().isThrownBy(client::clearFaults)
			.withMessageContaining("EmulatorAdmin.clearFaults(): DELETE " + baseUrl() + "/_emulator/faults")
			.withMessageEndingWith("(no body)");

		this.status = 502;
		this.reply = "<html>Bad Gateway</html>";
		assertThatIllegalStateException().isThrownBy(client::faults)
			.withMessage("EmulatorAdmin.faults(): GET " + baseUrl() + "/_emulator/faults answered HTTP 502 without the "
					+ "control plane's error body {\"error_code\",\"error_msg\"}: <html>Bad Gateway</html>");
		this.status = 404;
		this.reply = "{\"error_code\":\"X\"}";
		assertThatIllegalStateException().isThrownBy(() -> client.fault("fault-1"))
			.withMessageContaining("answered HTTP 404 without the control plane's error body");
	}

	@Test
	void nothingListeningFailsAtOnceNamingTheCall() {
		int port = SeparateEmulator.freePort();
		EmulatorAdminClient client = EmulatorAdminClient.connect("http://localhost:" + port);
		long started = System.nanoTime();
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(client::info)
			.withMessageStartingWith("EmulatorAdmin.info(): GET http://localhost:" + port + "/_emulator/info failed: ")
			.withMessageContaining("ConnectException")
			.withMessageEndingWith("(is an emulator running at http://localhost:" + port + "?)");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void aServerThatNeverAnswersTimesOut() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread accepting = new Thread(() -> {
				try (Socket connection = silent.accept()) {
					// reads nothing, answers nothing, until the client gives up
					connection.getInputStream().read();
				}
				catch (IOException ex) {
					// the test ends
				}
			});
			accepting.setDaemon(true);
			accepting.start();
			String base = "http://127.0.0.1:" + silent.getLocalPort();
			EmulatorAdminClient client = new EmulatorAdminClient(base, null,
					HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), Duration.ofMillis(500));
			long started = System.nanoTime();
			assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(client::topology)
				.withMessageStartingWith("EmulatorAdmin.topology(): GET " + base + "/_emulator/topology failed: ")
				.withMessageEndingWith("(no reply within 500 ms)")
				.withCauseInstanceOf(HttpTimeoutException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void theBaseUrlIsAnHttpUrlWithoutQuery() {
		assertThat(EmulatorAdminClient.connect("http://localhost:8080/").baseUrl()).isEqualTo("http://localhost:8080");
		assertThat(EmulatorAdminClient.connect("HTTP://localhost:8080").baseUrl()).isEqualTo("http://localhost:8080");
		assertThat(EmulatorAdminClient.connect(URI.create("https://emulator.test/base//")).baseUrl())
			.isEqualTo("https://emulator.test/base");
		assertThat(EmulatorAdminClient.connect(" http://[::1]:8080 ").baseUrl()).isEqualTo("http://[::1]:8080");
		for (String wrong : List.of("localhost:8080", "ftp://localhost", "http:///path", "http://h:1/?q=1",
				"http://h:1/#top", "/relative", "http://bad host")) {
			assertThatIllegalArgumentException().as(wrong)
				.isThrownBy(() -> EmulatorAdminClient.connect(wrong))
				.withMessageStartingWith("Not an emulator base URL such as http://localhost:8080");
		}
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(new Request(exchange, body));
		byte[] bytes = this.reply.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(this.status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** A request as the server received it: its raw path and query, and its body. */
	private record Request(HttpExchange exchange, String body) {

		String line() {
			return this.exchange.getRequestMethod() + " " + this.exchange.getRequestURI().getRawPath()
					+ ((this.exchange.getRequestURI().getRawQuery() != null)
							? "?" + this.exchange.getRequestURI().getRawQuery() : "");
		}

	}

}
