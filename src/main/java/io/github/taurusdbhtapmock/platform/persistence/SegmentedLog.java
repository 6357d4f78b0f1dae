package io.github.taurusdbhtapmock.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The write log while persistence is on: each write is appended to the current segment
 * and forced to disk before it is acknowledged. It counts the records since the last
 * snapshot and asks for a snapshot whenever there are {@code snapshot-every} of them or
 * more, so a count that starts above the threshold (recovery after a crash between a
 * rotation and its snapshot) still leads to one. Writes are not logged until recovery has
 * opened the log: replayed writes are not logged again.
 */
final class SegmentedLog implements WriteLog {

	private final Path dir;

	private final int snapshotEvery;

	private final JsonMapper json;

	private final Object lock = new Object();

	private LogSegment current;

	private long currentIndex;

	private int sinceSnapshot;

	private Runnable snapshotDue;

	private volatile boolean open;

	SegmentedLog(PersistenceProperties properties, JsonMapper json) {
		this.dir = properties.dataDir();
		this.snapshotEvery = properties.snapshotEvery();
		this.json = json;
	}

	@Override
	public void append(String type, Supplier<?> data) {
		if (!this.open) {
			return;
		}
		ObjectNode record = this.json.createObjectNode();
		record.put("type", type);
		record.set("data", this.json.valueToTree(data.get()));
		byte[] bytes = this.json.writeValueAsBytes(record);
		boolean snapshotDue;
		synchronized (this.lock) {
			try {
				this.current.append(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot append to the write-ahead log", ex);
			}
			snapshotDue = ++this.sinceSnapshot >= this.snapshotEvery;
		}
		if (snapshotDue) {
			this.snapshotDue.run();
		}
	}

	/**
	 * Once recovered: writes go to segment {@code index}, after the {@code replayed}
	 * records already there and in the segments before it since the last snapshot.
	 * {@code snapshotDue} is told when a snapshot is due, which may be at once.
	 */
	void open(long index, int replayed, Runnable snapshotDue) throws IOException {
		synchronized (this.lock) {
			this.current = LogSegment.open(segmentPath(index));
			this.currentIndex = index;
			this.sinceSnapshot = replayed;
			this.snapshotDue = snapshotDue;
			this.open = true;
		}
		if (replayed >= this.snapshotEvery) {
			snapshotDue.run();
		}
	}

	/**
	 * Starts a new segment, so that a snapshot taken now covers every segment before it;
	 * returns the new segment's index.
	 */
	long rotate() throws IOException {
		LogSegment previous;
		long index;
		synchronized (this.lock) {
			previous = this.current;
			index = this.currentIndex + 1;
			this.current = LogSegment.open(segmentPath(index));
			this.currentIndex = index;
			this.sinceSnapshot = 0;
		}
		previous.close();
		return index;
	}

	boolean isOpen() {
		return this.open;
	}

	void close() throws IOException {
		this.open = false;
		synchronized (this.lock) {
			this.current.close();
		}
	}

	Path segmentPath(long index) {
		return this.dir.resolve(String.format("wal-%010d.log", index));
	}

}
