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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
		writeTasks(api, tasks);
		return state(api);
	}

	/**
	 * Creates, modifies, pauses and deletes tasks, on the demo and the added database.
	 */
	private static void writeTasks(ApiClient api, int tasks) {
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
	void theSnapshotIsTheStateDocument() throws IOException {
		String exported;
		try (ConfigurableApplicationContext running = start(this.dataDir)) {
			write(api(running), 4);
			exported = api(running).get("/_emulator/state").assertOk().body();
		}
		// the clean shutdown wrote a final snapshot
		Path snapshot = newest(this.dataDir, "snapshot-");
		assertThat(JSON.readTree(Files.readAllBytes(snapshot))).isEqualTo(JSON.readTree(exported));
		try (ConfigurableApplicationContext other = start(this.dataDir.resolve("other"))) {
			api(other).put("/_emulator/state", Files.readString(snapshot)).assertOk();
			assertThat(api(other).get("/_emulator/state").assertOk().body()).isEqualTo(exported);
		}
	}

	/**
	 * A snapshot written before a part of the state existed has no section for it: the
	 * emulator recovers everything the snapshot holds and starts that part empty.
	 */
	@Test
	void aSnapshotWithoutANewerPartsSectionRecoversWithThatPartEmpty() throws IOException {
		try (ConfigurableApplicationContext running = start(this.dataDir)) {
			write(api(running), 4);
		}
		Path snapshot = newest(this.dataDir, "snapshot-");
		ObjectNode older = (ObjectNode) JSON.readTree(Files.readAllBytes(snapshot));
		assertThat(older.has("database_users")).as("the part is in a current snapshot").isTrue();
		older.remove("database_users");
		Files.writeString(snapshot, JSON.writeValueAsString(older));
		try (ConfigurableApplicationContext recovered = start(this.dataDir)) {
			JsonNode state = JSON.readTree(api(recovered).get("/_emulator/state").assertOk().body());
			assertThat(state.get("tasks")).isEqualTo(older.get("tasks"));
			assertThat(state.get("database_users").isEmpty()).as("database_users starts empty").isTrue();
		}
	}

	@Test
	void aSnapshotOfAnotherFormatVersionStopsTheStartNamingTheVersion() throws IOException {
		// the layout of version 1, whose snapshots kept the parts under "parts"
		Files.writeString(this.dataDir.resolve("snapshot-0000000001.json"),
				"{\"format_version\":1,\"parts\":{\"tasks\":[],\"jobs\":[]}}");
		assertThatThrownBy(() -> start(this.dataDir).close())
			.hasStackTraceContaining("snapshot-0000000001.json has format version 1; this emulator reads version 2");
	}

	/**
	 * A crash between the rotation of the log and the rename of the snapshot leaves more
	 * than snapshot-every records to replay: the emulator snapshots soon after it
	 * recovers, and again every snapshot-every records, instead of never again.
	 */
	@Test
	void aLogThatGrewPastSnapshotEveryIsSnapshottedSoonAfterRecovery() throws Exception {
		Path live = this.dataDir.resolve("live");
		String before;
		long rotated;
		try (ConfigurableApplicationContext running = start(live, "--emulator.persistence.snapshot-every=100000")) {
			before = write(api(running), 10);
			Path crashed = crashCopy(live, this.dataDir.resolve("crashed"));
			// the new segment of a rotation whose snapshot was never renamed into place
			rotated = index(lastSegment(crashed)) + 1;
			LogSegment.open(crashed.resolve(String.format("wal-%010d.log", rotated))).close();
			// and that snapshot, half written
			Files.writeString(crashed.resolve(String.format("snapshot-%010d.json.tmp", rotated)), "{\"format_ver");
		}
		Path crashed = this.dataDir.resolve("crashed");
		assertThat(recordsToReplay(crashed)).isGreaterThan(20);
		try (ConfigurableApplicationContext recovered = start(crashed, "--emulator.persistence.snapshot-every=20")) {
			assertThat(state(api(recovered))).isEqualTo(before);
			assertThat(crashed.resolve("snapshot-%010d.json.tmp".formatted(rotated)))
				.as("no half-written snapshot left behind")
				.doesNotExist();
			awaitRecordsToReplayBelow(crashed, 20);
			long firstSnapshot = index(newest(crashed, "snapshot-"));
			writeTasks(api(recovered), 10);
			awaitRecordsToReplayBelow(crashed, 20);
			assertThat(index(newest(crashed, "snapshot-"))).as("snapshotted again after 20 more records")
				.isGreaterThan(firstSnapshot);
		}
	}

	private static void awaitRecordsToReplayBelow(Path dir, int limit) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while ((recordsToReplay(dir) >= limit || hasFile(dir, ".tmp")) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(recordsToReplay(dir)).as("log records after the newest snapshot").isLessThan(limit);
	}

	/** What a recovery would replay now: the records from the newest snapshot on. */
	private static int recordsToReplay(Path dir) throws IOException {
		long from = hasFile(dir, ".json") ? index(newest(dir, "snapshot-")) : 0;
		int records = 0;
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith("wal-") && name.endsWith(".log") && index(file) >= from) {
					records += LogSegment.read(file).size();
				}
			}
		}
		return records;
	}

	private static Path newest(Path dir, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files
				.filter((file) -> file.getFileName().toString().startsWith(prefix)
						&& !file.getFileName().toString().endsWith(".tmp"))
				.max(Comparator.naturalOrder())
				.orElseThrow();
		}
	}

	private static long index(Path file) {
		return Long.parseLong(file.getFileName().toString().replaceAll("\\D", ""));
	}

	@Test
	void aLogOfAnotherFormatVersionStopsTheStart() throws IOException {
		Files.write(this.dataDir.resolve("wal-0000000000.log"), "TDBHWAL\u0001".getBytes());
		assertThatThrownBy(() -> start(this.dataDir).close()).hasStackTraceContaining("format version");
	}

}
