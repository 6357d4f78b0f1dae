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
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes writes survive a crash when a data directory is configured. Features append the
 * entity a write left behind (an upsert or a removal, so replaying a record twice does no
 * harm) and register how to replay it and how to export and restore their whole state.
 * The log is a series of segments; a snapshot covers every segment before its number, so
 * recovery loads the newest snapshot and replays the segments from its number on. Without
 * a data directory every call here does nothing.
 */
@Component
public class DurableLog implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DurableLog.class);

	private static final Pattern SEGMENT = Pattern.compile("wal-(\\d{10})\\.log");

	private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d{10})\\.json");

	private static final int FORMAT_VERSION = 1;

	private final PersistenceProperties properties;

	private final JsonMapper json;

	private final Map<String, Replay<?>> replays = new LinkedHashMap<>();

	private final Map<String, StatePart<?>> parts = new LinkedHashMap<>();

	private final Object lock = new Object();

	private final ExecutorService snapshotter = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "emulator-snapshot");
		thread.setDaemon(true);
		return thread;
	});

	private LogSegment current;

	private long currentIndex;

	private int sinceSnapshot;

	/**
	 * False while recovering (replayed writes are not logged again) and when persistence
	 * is off.
	 */
	private volatile boolean open;

	public DurableLog(PersistenceProperties properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
	}

	/** How to replay one kind of record. */
	public <T> void onReplay(String type, Class<T> payloadType, Consumer<T> replay) {
		this.replays.put(type, new Replay<>(payloadType, replay));
	}

	/** A part of the snapshot; parts are restored in the order they were registered. */
	public <T> void statePart(String name, Class<T> type, Supplier<T> export, Consumer<T> restore) {
		this.parts.put(name, new StatePart<>(type, export, restore));
	}

	public boolean enabled() {
		return this.properties.enabled();
	}

	/**
	 * Appends a record and forces it to disk before returning, so a write is acknowledged
	 * only once durable. The payload is built only when persistence is on: with it off
	 * (the default) a write costs nothing here.
	 */
	public void append(String type, Supplier<?> payload) {
		if (!this.open) {
			return;
		}
		ObjectNode record = this.json.createObjectNode();
		record.put("type", type);
		record.set("data", this.json.valueToTree(payload.get()));
		byte[] bytes = this.json.writeValueAsBytes(record);
		boolean snapshotDue;
		synchronized (this.lock) {
			try {
				this.current.append(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot append to the write-ahead log", ex);
			}
			snapshotDue = ++this.sinceSnapshot == this.properties.snapshotEvery();
		}
		if (snapshotDue) {
			this.snapshotter.execute(this::snapshotQuietly);
		}
	}

	/**
	 * Before the server takes requests: the newest snapshot, then every later log record.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (!enabled()) {
			return;
		}
		try {
			Path dir = this.properties.dataDir();
			Files.createDirectories(dir);
			TreeMap<Long, Path> snapshots = files(dir, SNAPSHOT);
			TreeMap<Long, Path> segments = files(dir, SEGMENT);
			long from = snapshots.isEmpty() ? 0 : snapshots.lastKey();
			if (!snapshots.isEmpty()) {
				restore(snapshots.lastEntry().getValue());
			}
			int replayed = 0;
			for (Map.Entry<Long, Path> segment : segments.tailMap(from, true).entrySet()) {
				for (byte[] record : LogSegment.read(segment.getValue())) {
					replay(record);
					replayed++;
				}
			}
			this.currentIndex = segments.isEmpty() ? from : Math.max(from, segments.lastKey());
			this.current = LogSegment.open(segmentPath(this.currentIndex));
			this.sinceSnapshot = replayed;
			this.open = true;
			log.info("Persistence: data directory {}, recovered {} snapshot(s) and {} log record(s)", dir,
					snapshots.isEmpty() ? 0 : 1, replayed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot recover from " + this.properties.dataDir(), ex);
		}
	}

	/** A final snapshot on a clean shutdown, so the next start has nothing to replay. */
	@Override
	public void destroy() throws Exception {
		this.snapshotter.shutdown();
		this.snapshotter.awaitTermination(30, TimeUnit.SECONDS);
		if (this.open) {
			snapshot();
			this.open = false;
			synchronized (this.lock) {
				this.current.close();
			}
		}
	}

	/**
	 * Starts a new segment, then exports the state without holding the log's lock
	 * (writers hold their own locks while they append, so holding both here could
	 * deadlock). The export may already contain writes logged in the new segment;
	 * replaying them again is harmless.
	 */
	void snapshot() throws IOException {
		long covered;
		LogSegment previous;
		synchronized (this.lock) {
			previous = this.current;
			covered = ++this.currentIndex;
			this.current = LogSegment.open(segmentPath(covered));
			this.sinceSnapshot = 0;
		}
		previous.close();
		ObjectNode document = this.json.createObjectNode();
		document.put("format_version", FORMAT_VERSION);
		ObjectNode partsNode = document.putObject("parts");
		this.parts.forEach((name, part) -> partsNode.set(name, this.json.valueToTree(part.export().get())));
		Path dir = this.properties.dataDir();
		Path target = dir.resolve(String.format("snapshot-%010d.json", covered));
		Path temporary = dir.resolve(target.getFileName() + ".tmp");
		Files.write(temporary, this.json.writeValueAsBytes(document));
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		forceDirectory(dir);
		for (Path old : olderThan(dir, covered)) {
			Files.deleteIfExists(old);
		}
	}

	private void snapshotQuietly() {
		try {
			snapshot();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Snapshot failed; the log keeps every write until the next one", ex);
		}
	}

	private void restore(Path snapshot) throws IOException {
		JsonNode document = this.json.readTree(Files.readAllBytes(snapshot));
		if (document.path("format_version").asInt() != FORMAT_VERSION) {
			throw new IOException(snapshot + " has format version " + document.path("format_version")
					+ "; this emulator reads version " + FORMAT_VERSION);
		}
		this.parts.forEach((name, part) -> part.restoreFrom(this.json, document.path("parts").path(name)));
	}

	private void replay(byte[] bytes) {
		JsonNode record = this.json.readTree(bytes);
		Replay<?> replay = this.replays.get(record.path("type").asString());
		if (replay == null) {
			throw new IllegalStateException("unknown log record type " + record.path("type"));
		}
		replay.apply(this.json, record.get("data"));
	}

	private Path segmentPath(long index) {
		return this.properties.dataDir().resolve(String.format("wal-%010d.log", index));
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

	private record Replay<T>(Class<T> type, Consumer<T> replay) {

		void apply(JsonMapper json, JsonNode data) {
			this.replay.accept(json.treeToValue(data, this.type));
		}

	}

	private record StatePart<T>(Class<T> type, Supplier<T> export, Consumer<T> restore) {

		void restoreFrom(JsonMapper json, JsonNode data) {
			if (!data.isMissingNode()) {
				this.restore.accept(json.treeToValue(data, this.type));
			}
		}

	}

}
