package io.github.taurusdbhtapmock.observability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.gateway.auth.SdkDate;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The emulator started as users start it, in a JVM of its own: JSON lines chosen with
 * emulator.log.format, the startup lines with the port really bound, and strict
 * credentials that never reach the output. A process of its own because logging is set up
 * once per JVM, and the tests in this one share a text console.
 */
class JsonLogProcessTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TOKEN = "token-that-must-stay-secret";

	private static final String CONTROL_PLANE_TOKEN = "control-plane-token-that-must-stay-secret";

	private static final String SECRET_KEY = DemoTopology.SECRET_KEY;

	private static final List<String> output = new CopyOnWriteArrayList<>();

	private static Process emulator;

	private static int port;

	@BeforeAll
	static void start() throws IOException {
		List<String> command = new ArrayList<>(List.of(
				// C1 only: the process lives for seconds, so starting fast matters more
				// than peak speed
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-cp",
				classPath(), TaurusHtapEmulatorApplication.class.getName(), "--server.port=0",
				"--emulator.log.format=json", "--emulator.auth.mode=strict", "--emulator.auth.tokens[0].value=" + TOKEN,
				"--emulator.control-plane.token=" + CONTROL_PLANE_TOKEN, "--emulator.jobs.duration=0s"));
		emulator = new ProcessBuilder(command).redirectErrorStream(true).start();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8))) {
				lines.lines().forEach(output::add);
			}
			catch (IOException | UncheckedIOException ex) {
				// the process ended
			}
		}, "emulator-output");
		reader.setDaemon(true);
		reader.start();
		Pattern ready = Pattern.compile("ready on port (\\d+) ");
		await().atMost(Duration.ofSeconds(90))
			.until(() -> !emulator.isAlive() || output.stream().anyMatch((line) -> ready.matcher(line).find()));
		assertThat(emulator.isAlive()).as("emulator started; output:%n%s", String.join("\n", output)).isTrue();
		Matcher matcher = output.stream().map(ready::matcher).filter(Matcher::find).findFirst().orElseThrow();
		port = Integer.parseInt(matcher.group(1));
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (emulator != null) {
			emulator.destroy();
			if (!emulator.waitFor(20, TimeUnit.SECONDS)) {
				emulator.destroyForcibly();
			}
		}
	}

	@Test
	void everyLineIsAJsonObjectAndEachCallHasItsFields() {
		ApiClient api = ApiClient.forPort(port).withHeader("X-Auth-Token", TOKEN);
		ApiResponse ok = api.get(ApiClient.REPLICATION_PATH).assertOk();
		ApiResponse refused = api.withHeader("X-Auth-Token", "not-a-configured-token")
			.get(ApiClient.REPLICATION_PATH + "/configuration?task_name=task_demo")
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information");

		JsonNode success = awaitCall(ok);
		assertThat(success.get("log").get("level").asString()).isEqualTo("INFO");
		assertThat(success.get("log").get("logger").asString()).isEqualTo("io.github.taurusdbhtapmock.calls");
		assertThat(success.get("operation").asString()).isEqualTo("ListStarRocksDataReplications");
		assertThat(success.get("status").asInt()).isEqualTo(200);
		assertThat(success.has("error_code")).isFalse();
		assertThat(success.get("duration_ms").isNumber()).isTrue();
		assertThat(success.get("project_id").asString()).isEqualTo(ApiClient.PROJECT);
		assertThat(success.get("instance_id").asString()).isEqualTo(ApiClient.INSTANCE);
		assertThat(success.get("message").asString()).startsWith("ListStarRocksDataReplications => 200 (");

		JsonNode error = awaitCall(refused);
		assertThat(error.get("operation").asString()).isEqualTo("ListStarRocksDataReplicationConfig");
		assertThat(error.get("status").asInt()).isEqualTo(401);
		assertThat(error.get("error_code").asString()).isEqualTo("APIGW.0301");
		assertThat(error.get("task_name").asString()).isEqualTo("task_demo");

		for (String line : output) {
			assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
		}
	}

	@Test
	void theStartupLinesGiveThePortTheSetupAndACurlButNoSecret() {
		List<String> messages = output.stream()
			.map((line) -> JSON.readTree(line))
			.filter((line) -> line.get("log").get("logger").asString().endsWith(".StartupBanner"))
			.map((line) -> line.get("message").asString())
			.toList();

		assertThat(messages).hasSize(2);
		assertThat(messages.get(0)).startsWith("taurusdb-htap-mock ")
			.contains(" ready on port " + port + " | auth: strict | persistence: off",
					"topology: 1 project, 1 StarRocks instance, 1 TaurusDB instance",
					"control plane: on at /_emulator, token required", "log: ecs", "metrics: /actuator/prometheus");
		assertThat(messages.get(1)).startsWith("Try it: curl -s -H 'X-Auth-Token: <a token of emulator.auth.tokens>' "
				+ "http://localhost:" + port + ApiClient.REPLICATION_PATH);
	}

	@Test
	void noCredentialReachesTheOutput() {
		ApiClient api = ApiClient.forPort(port).withHeader("X-Auth-Token", null);
		ApiResponse info = api.withHeader("X-Emulator-Token", CONTROL_PLANE_TOKEN).get("/_emulator/info").assertOk();
		ApiResponse mismatch = api
			.withHeader("Authorization",
					"SDK-HMAC-SHA256 Access=" + DemoTopology.ACCESS_KEY + ", SignedHeaders=host;x-sdk-date, "
							+ "Signature=0000000000000000000000000000000000000000000000000000000000000000")
			.withHeader("X-Sdk-Date", SdkDate.format(Instant.now()))
			.get(ApiClient.REPLICATION_PATH)
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information");

		awaitCall(mismatch);
		assertThat(info.status()).isEqualTo(200);
		assertThat(String.join("\n", output)).contains("AK/SK signature mismatch")
			.doesNotContain(TOKEN, CONTROL_PLANE_TOKEN, SECRET_KEY, "0000000000000000000000000000000000000000");
	}

	private static JsonNode awaitCall(ApiResponse reply) {
		String requestId = reply.header("X-Request-Id");
		await().atMost(Duration.ofSeconds(10)).until(() -> call(requestId) != null);
		return call(requestId);
	}

	private static JsonNode call(String requestId) {
		return output.stream()
			.filter((line) -> line.contains(requestId))
			.map((line) -> JSON.readTree(line))
			.filter((line) -> requestId.equals(line.path("request_id").asString(null)))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Surefire puts the test class path in a manifest-only jar, which java -cp takes as
	 * well; its own property names the entries plainly where it sets one.
	 */
	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return (surefire != null && !surefire.isBlank()) ? surefire : System.getProperty("java.class.path");
	}

}
