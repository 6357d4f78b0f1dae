package io.github.taurusdbhtapmock.service.starrocks;

import java.io.IOException;
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
 * Created instances and operations under way are replayed from the durable log after a
 * crash (the data directory copied while the emulator runs, so no final snapshot).
 */
class StarRocksDurabilityTest {

	@TempDir
	Path dataDir;

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(TaurusHtapEmulatorApplication.class).run("--server.port=0",
				"--emulator.persistence.data-dir=" + dataDir, "--emulator.jobs.duration=1h");
	}

	private static ApiClient api(ConfigurableApplicationContext context) {
		return ApiClient.forPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	private static String state(ApiClient api) {
		return api.get("/_emulator/state").assertOk().body();
	}

	@Test
	void aCrashKeepsCreatedInstancesAndRunningOperations() throws IOException {
		Path live = this.dataDir.resolve("live");
		Path crashed = this.dataDir.resolve("crashed");
		String before;
		String created;
		String restartJob;
		try (ConfigurableApplicationContext running = start(live)) {
			ApiClient api = api(running);
			StarRocksApi starRocks = new StarRocksApi(api);
			String[] creation = starRocks.createSingle("durable_sr");
			created = creation[0];
			api.post("/_emulator/jobs/" + creation[1] + "/complete", null).assertOk();
			// the settled creation is logged when it is next read
			assertThat(starRocks.instance(created).get("status").asString()).isEqualTo("normal");
			starRocks.securityGroup(created, "11111111-2222-3333-4444-555555555555").assertOk();
			restartJob = starRocks.restart(StarRocksApi.SEEDED).assertOk().text("job_id");
			before = state(api);
			copy(live, crashed);
		}
		try (ConfigurableApplicationContext recovered = start(crashed)) {
			ApiClient api = api(recovered);
			StarRocksApi starRocks = new StarRocksApi(api);
			assertThat(state(api)).isEqualTo(before);
			assertThat(starRocks.instance(created).get("status").asString()).isEqualTo("modifying");
			assertThat(starRocks.instance(StarRocksApi.SEEDED).get("status").asString()).isEqualTo("restarting");
			api.post("/_emulator/jobs/" + restartJob + "/complete", null).assertOk();
			assertThat(starRocks.instance(StarRocksApi.SEEDED).get("status").asString()).isEqualTo("normal");
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
