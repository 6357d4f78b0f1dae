package io.github.taurusdbhtapmock.service.dbuser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database users and parameters survive a restart through the durable log: replayed from
 * the log records alone (a crash, no final snapshot) and from a snapshot. Neither the log
 * nor the snapshot holds a password in clear.
 */
class UsersAndParametersPersistenceTest {

	private static final String CONFIGURATIONS = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
			+ "/starrocks/configurations";

	private static final String PASSWORD = "Durable@12345";

	private static final String NEW_PASSWORD = "Durable@67890";

	@TempDir
	Path dataDir;

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(TaurusHtapEmulatorApplication.class).run("--server.port=0",
				"--emulator.persistence.data-dir=" + dataDir, "--emulator.jobs.duration=0s");
	}

	private static ApiClient api(ConfigurableApplicationContext context) {
		return ApiClient.forPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	private static String write(ApiClient api) {
		for (String name : new String[] { "kept", "changed", "dropped" }) {
			api.post(DatabaseUserHttpTest.USERS, DatabaseUserHttpTest.body(name, PASSWORD, "[\"sys\"]", "3", "1"))
				.assertOk();
		}
		api.put(DatabaseUserHttpTest.USERS + "/password",
				"{\"user_name\":\"changed\",\"password\":\"" + NEW_PASSWORD + "\"}")
			.assertOk();
		api.put(DatabaseUserHttpTest.USERS + "/permission", "{\"user_name\":\"changed\",\"dml\":0}").assertOk();
		api.send("DELETE", DatabaseUserHttpTest.USERS + "?user_name=dropped", null).assertOk();
		api.put(CONFIGURATIONS, "{\"node_type\":\"be\",\"parameter_values\":{\"alter_tablet_worker_count\":\"1\"}}")
			.assertOk();
		api.put(CONFIGURATIONS, "{\"node_type\":\"fe\",\"parameter_values\":{\"qe_slow_log_ms\":\"3000\"}}").assertOk();
		return state(api);
	}

	/** The users and parameters as the API shows them, and their part of the state. */
	private static String state(ApiClient api) {
		String exported = api.get("/_emulator/state").assertOk().json().toString();
		assertThat(exported).contains("\"database_users\":[{");
		return api.get(DatabaseUserHttpTest.USERS).assertOk().body()
				+ api.get(CONFIGURATIONS + "?node_type=be").assertOk().body()
				+ api.get(CONFIGURATIONS + "?node_type=fe").assertOk().body()
				+ exported.substring(exported.indexOf("\"database_users\""));
	}

	@Test
	void aCrashAndACleanRestartKeepUsersAndParametersAndNoClearPassword() throws IOException {
		Path live = this.dataDir.resolve("live");
		Path crashed = this.dataDir.resolve("crashed");
		String before;
		try (ConfigurableApplicationContext running = start(live)) {
			before = write(api(running));
			copy(live, crashed);
		}
		try (ConfigurableApplicationContext recovered = start(crashed)) {
			String after = state(api(recovered));
			assertThat(after).isEqualTo(before);
			assertThat(after).contains("\"kept\"", "\"changed\"").doesNotContain("\"dropped\"");
		}
		try (ConfigurableApplicationContext restarted = start(live)) {
			assertThat(state(api(restarted))).isEqualTo(before);
		}
		for (Path dir : new Path[] { live, crashed }) {
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.toList()) {
					String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
					assertThat(content).as(file.toString()).doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD);
				}
			}
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				if (!file.getFileName().toString().endsWith(".tmp")) {
					Files.copy(file, to.resolve(file.getFileName()));
				}
			}
		}
	}

}
