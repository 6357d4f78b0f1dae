package io.github.taurusdbhtapmock.platform.persistence;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.Names;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Everything acknowledged survives: a clean restart, a crash (the data directory copied
 * while the emulator runs, so no final snapshot is written), a crash mid-write (a torn or
 * corrupt last record is dropped, nothing before it lost), and snapshots taken during the
 * writes.
 */
class PersistenceRecoveryTest {

	@TempDir
	Path dataDir;

	private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
		String[] args = Stream
			.concat(Stream.of("--server.port=0", "--emulator.persistence.data-dir=" + dataDir,
					"--emulator.jobs.duration=0s", "--emulator.replication.full-sync-duration=0s"), Stream.of(extra))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(TaurusHtapEmulatorApplication.class).run(args);
	}

	private static ApiClient api(ConfigurableApplicationContext context) {
		return ApiClient.forPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	/** A mix of every kind of write; returns the exported state afterwards. */
	private static String write(ApiClient api, int tasks) {
		api.post("/_emulator/topology",
				"""
						{"projects":[{"id":"%s","taurus_instances":[{"id":"%s","databases":[{"name":"extra_db","tables":[{"name":"x","columns":["id"]}]}]}]}]}"""
					.formatted(ApiClient.PROJECT, ApiClient.SOURCE_INSTANCE))
			.assertOk();
		for (int i = 0; i < tasks; i++) {
			String task = Names.unique("durable");
			api.post(REPLICATION_PATH,
					"""
							{"source_instance_id":"%s","source_database":"%s","target_database":"%s","task_name":"%s"}"""
						.formatted(ApiClient.SOURCE_INSTANCE, (i % 2 == 0) ? "src_db" : "extra_db", task + "_t", task))
				.assertOk();
			api.put(REPLICATION_PATH, "{\"task_name\":\"" + task
					+ "\",\"db_configs\":[{\"param_name\":\"sync_view\",\"value\":\"true\"}]}")
				.assertOk();
			if (i % 3 == 0) {
				api.post(REPLICATION_PATH + "/pause", "{\"task_name\":\"" + task + "\"}").assertOk();
			}
			if (i % 5 == 4) {
				api.send("DELETE", REPLICATION_PATH, "{\"task_name\":\"" + task + "\"}").assertOk();
			}
		}
		return state(api);
	}

	private static String state(ApiClient api) {
		return api.get("/_emulator/state").assertOk().body() + api.get("/_emulator/topology").assertOk().body();
	}

	/**
	 * What is on disk at this moment, as a crash would leave it (no snapshot in the
	 * middle of being written).
	 */
	private static Path crashCopy(Path from, Path to) throws IOException, InterruptedException {
		for (int i = 0; i < 100 && hasFile(from, ".tmp"); i++) {
			Thread.sleep(50);
		}
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				if (!file.getFileName().toString().endsWith(".tmp")) {
					Files.copy(file, to.resolve(file.getFileName()));
				}
			}
		}
		return to;
	}

	private static boolean hasFile(Path dir, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.anyMatch((file) -> file.getFileName().toString().endsWith(suffix));
		}
	}

	private static Path lastSegment(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((file) -> file.getFileName().toString().startsWith("wal-"))
				.max(Comparator.naturalOrder())
				.orElseThrow();
		}
	}

	@Test
	void aCleanRestartKeepsEverything() {
		String before;
		try (ConfigurableApplicationContext first = start(this.dataDir)) {
			before = write(api(first), 10);
		}
		try (ConfigurableApplicationContext second = start(this.dataDir)) {
			assertThat(state(api(second))).isEqualTo(before);
		}
	}

	@Test
	void aCrashLosesNoAcknowledgedWrite() throws Exception {
		Path crashed = this.dataDir.resolve("crashed");
		Path live = this.dataDir.resolve("live");
		String before;
		try (ConfigurableApplicationContext running = start(live)) {
			before = write(api(running), 12);
			crashCopy(live, crashed);
		}
		try (ConfigurableApplicationContext recovered = start(crashed)) {
			assertThat(state(api(recovered))).isEqualTo(before);
		}
	}

	@Test
	void aTornOrCorruptLastRecordIsDroppedAndNothingBeforeIt() throws Exception {
		Path live = this.dataDir.resolve("live");
		String before;
		try (ConfigurableApplicationContext running = start(live)) {
			before = write(api(running), 6);
			Path torn = crashCopy(live, this.dataDir.resolve("torn"));
			Path corrupt = crashCopy(live, this.dataDir.resolve("corrupt"));
			// a crash mid-append: the frame of a next record, and half its payload
			try (RandomAccessFile file = new RandomAccessFile(lastSegment(torn).toFile(), "rw")) {
				file.seek(file.length());
				file.writeInt(500);
				file.writeInt(123456);
				file.write("{\"type\":\"task\",\"da".getBytes());
			}
			// the last record's bytes damaged: its checksum no longer matches
			try (RandomAccessFile file = new RandomAccessFile(lastSegment(corrupt).toFile(), "rw")) {
				file.seek(file.length() - 3);
				file.write('#');
			}
			List<Path> recovered = List.of(torn, corrupt);
			for (Path dir : recovered) {
				try (ConfigurableApplicationContext restarted = start(dir)) {
					String after = state(api(restarted));
					if (dir.equals(torn)) {
						assertThat(after).as("torn tail dropped, everything acknowledged kept").isEqualTo(before);
					}
					else {
						// the damaged record was the last acknowledged write (the last
						// delete's job); everything
						// before it is intact, and the emulator starts and serves
						assertThat(api(restarted).get(REPLICATION_PATH).status()).isEqualTo(200);
					}
				}
			}
		}
	}

	@Test
	void snapshotsTakenDuringTheWritesLoseNothing() throws Exception {
		Path live = this.dataDir.resolve("live");
		String before;
		try (ConfigurableApplicationContext running = start(live, "--emulator.persistence.snapshot-every=7")) {
			before = write(api(running), 15);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (!hasFile(live, ".json") && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(hasFile(live, ".json")).as("a snapshot was written").isTrue();
			Path crashed = crashCopy(live, this.dataDir.resolve("crashed"));
			try (ConfigurableApplicationContext recovered = start(crashed)) {
				assertThat(state(api(recovered))).isEqualTo(before);
			}
		}
	}

	@Test
	void aLogOfAnotherFormatVersionStopsTheStart() throws IOException {
		Files.write(this.dataDir.resolve("wal-0000000000.log"), "TDBHWAL\u0002".getBytes());
		assertThatThrownBy(() -> start(this.dataDir).close()).hasStackTraceContaining("format version");
	}

}
