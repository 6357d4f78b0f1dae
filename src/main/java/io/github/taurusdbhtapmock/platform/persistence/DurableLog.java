package io.github.taurusdbhtapmock.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes writes survive a crash; it exists only when a data directory is configured. The
 * log is a series of segments; a snapshot is the state document, as
 * {@code GET /_emulator/state} exports it, and covers every segment before its number, so
 * recovery restores the newest snapshot and replays the segments from its number on.
 */
final class DurableLog implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DurableLog.class);

	private static final Pattern SEGMENT = Pattern.compile("wal-(\\d{10})\\.log");

	private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d{10})\\.json");

	private static final Pattern UNFINISHED_SNAPSHOT = Pattern.compile("snapshot-(\\d{10})\\.json\\.tmp");

	private final Path dir;

	private final JsonMapper json;

	private final StateFormat format;

	private final Map<String, StatePart<?>> partsByName = new LinkedHashMap<>();

	private final SegmentedLog writeLog;

	private final ExecutorService snapshotter = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "emulator-snapshot");
		thread.setDaemon(true);
		return thread;
	});

	/** A snapshot is queued or being taken: asking again meanwhile changes nothing. */
	private final AtomicBoolean snapshotPending = new AtomicBoolean();

	DurableLog(PersistenceProperties properties, JsonMapper json, List<StatePart<?>> parts, SegmentedLog writeLog) {
		this.dir = properties.dataDir();
		this.json = json;
		this.format = new StateFormat(parts, json);
		for (StatePart<?> part : parts) {
			if (this.partsByName.putIfAbsent(part.name(), part) != null) {
				throw new IllegalStateException("two parts of the state are named " + part.name());
			}
		}
		this.writeLog = writeLog;
	}

	/**
	 * Before the server takes requests: the newest snapshot, then every later log record.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			Files.createDirectories(this.dir);
			deleteUnfinishedSnapshots(this.dir);
			TreeMap<Long, Path> snapshots = files(this.dir, SNAPSHOT);
			TreeMap<Long, Path> segments = files(this.dir, SEGMENT);
			long from = snapshots.isEmpty() ? 0 : snapshots.lastKey();
			if (!snapshots.isEmpty()) {
				restore(snapshots.lastEntry().getValue());
			}
			int replayed = 0;
			for (Path segment : segments.tailMap(from, true).values()) {
				for (byte[] record : LogSegment.read(segment)) {
					replay(record);
					replayed++;
				}
			}
			long current = segments.isEmpty() ? from : Math.max(from, segments.lastKey());
			// every replayed record counts towards the next snapshot, so that a log that
			// grew past snapshot-every before a crash is snapshotted soon, not never
			this.writeLog.open(current, replayed, this::snapshotSoon);
			log.info("Persistence: data directory {}, recovered {} snapshot(s) and {} log record(s)", this.dir,
					snapshots.isEmpty() ? 0 : 1, replayed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot recover from " + this.dir, ex);
		}
	}

	/** A final snapshot on a clean shutdown, so the next start has nothing to replay. */
	@Override
	public void destroy() throws Exception {
		this.snapshotter.shutdown();
		this.snapshotter.awaitTermination(30, TimeUnit.SECONDS);
		if (this.writeLog.isOpen()) {
			snapshot();
			this.writeLog.close();
		}
	}

	/**
	 * Starts a new segment, then exports the state without holding the log's lock
	 * (writers hold their own locks while they append, so holding both here could
	 * deadlock). The export may already contain writes logged in the new segment;
	 * replaying them again is harmless.
	 */
	void snapshot() throws IOException {
		long covered = this.writeLog.rotate();
		byte[] document = this.json.writeValueAsBytes(this.format.export());
		Path target = this.dir.resolve(String.format("snapshot-%010d.json", covered));
		Path temporary = this.dir.resolve(target.getFileName() + ".tmp");
		Files.write(temporary, document);
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		forceDirectory(this.dir);
		for (Path old : olderThan(this.dir, covered)) {
			Files.deleteIfExists(old);
		}
	}

	private void snapshotSoon() {
		if (!this.snapshotPending.compareAndSet(false, true)) {
			return;
		}
		try {
			this.snapshotter.execute(() -> {
				try {
					snapshot();
				}
				catch (IOException | RuntimeException ex) {
					log.warn("Snapshot failed; the log keeps every write until the next one", ex);
				}
				finally {
					this.snapshotPending.set(false);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the final snapshot follows
			this.snapshotPending.set(false);
		}
	}

	private void restore(Path snapshot) throws IOException {
		JsonNode document = this.json.readTree(Files.readAllBytes(snapshot));
		try {
			this.format.restore(document);
		}
		catch (StateFormat.FormatVersionException ex) {
			throw new IOException(snapshot + " has " + ex.getMessage(), ex);
		}
	}

	private void replay(byte[] bytes) {
		JsonNode record = this.json.readTree(bytes);
		String type = record.path("type").asString("");
		StatePart<?> part = this.partsByName.get(type.substring(0, Math.max(type.indexOf('.'), 0)));
		if (part == null) {
			throw new IllegalStateException("unknown log record type " + type);
		}
		part.replay(new LoggedWrite(type, record.path("data"), this.json));
	}

	/**
	 * A snapshot being written when the process died: never renamed into place, never
	 * read, and otherwise left behind by every such crash.
	 */
	private static void deleteUnfinishedSnapshots(Path dir) throws IOException {
		for (Path unfinished : files(dir, UNFINISHED_SNAPSHOT).values()) {
			Files.deleteIfExists(unfinished);
		}
	}

	private static TreeMap<Long, Path> files(Path dir, Pattern pattern) throws IOException {
		TreeMap<Long, Path> files = new TreeMap<>();
		try (Stream<Path> list = Files.list(dir)) {
			list.forEach((path) -> {
				Matcher matcher = pattern.matcher(path.getFileName().toString());
				if (matcher.matches()) {
					files.put(Long.parseLong(matcher.group(1)), path);
				}
			});
		}
		return files;
	}

	private static List<Path> olderThan(Path dir, long index) throws IOException {
		List<Path> old = new ArrayList<>();
		old.addAll(files(dir, SEGMENT).headMap(index).values());
		old.addAll(files(dir, SNAPSHOT).headMap(index).values());
		old.sort(Comparator.naturalOrder());
		return old;
	}

	/** A rename is durable only once the directory entry is. */
	private static void forceDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// some file systems cannot open a directory; the rename is then as durable as
			// they make it
		}
	}

}
