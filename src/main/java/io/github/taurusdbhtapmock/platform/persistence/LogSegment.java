package io.github.taurusdbhtapmock.platform.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One file of the write-ahead log: a header with the state's format version, then records
 * framed as length, CRC32 and payload. A record is durable once {@link #append} returns.
 * Reading stops at the first record that is incomplete or fails its checksum, the trace
 * of a crash mid-write, and the file is cut back to the last whole record so that later
 * appends never follow garbage.
 */
final class LogSegment implements AutoCloseable {

	private static final String MAGIC = "TDBHWAL";

	/** The magic, then {@link StateFormat#VERSION} in one byte. */
	static final byte[] HEADER = (MAGIC + (char) StateFormat.VERSION).getBytes(StandardCharsets.ISO_8859_1);

	private static final int FRAME = 8;

	private final Path path;

	private final FileChannel channel;

	private LogSegment(Path path, FileChannel channel) {
		this.path = path;
		this.channel = channel;
	}

	/**
	 * Opens a segment for appending after its last whole record, creating it if it does
	 * not exist.
	 */
	static LogSegment open(Path path) throws IOException {
		boolean created = !Files.exists(path);
		FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		if (created || channel.size() < HEADER.length) {
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(HEADER), 0);
			channel.force(true);
		}
		LogSegment segment = new LogSegment(path, channel);
		channel.position(segment.validLength());
		channel.truncate(channel.position());
		return segment;
	}

	/** The payloads of every whole record, in order; a torn tail is left out. */
	static List<byte[]> read(Path path) throws IOException {
		try (LogSegment segment = open(path)) {
			return segment.records();
		}
	}

	synchronized void append(byte[] payload) throws IOException {
		CRC32 crc = new CRC32();
		crc.update(payload);
		ByteBuffer record = ByteBuffer.allocate(FRAME + payload.length);
		record.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
		while (record.hasRemaining()) {
			this.channel.write(record);
		}
		this.channel.force(false);
	}

	Path path() {
		return this.path;
	}

	private long validLength() throws IOException {
		long position = HEADER.length;
		ByteBuffer header = ByteBuffer.allocate(HEADER.length);
		this.channel.read(header, 0);
		if (!Arrays.equals(header.array(), HEADER)) {
			String found = new String(header.array(), StandardCharsets.ISO_8859_1);
			throw new IOException(this.path + (found.startsWith(MAGIC)
					? " has " + StateFormat.versionRefusal(Integer.toString(found.charAt(MAGIC.length())))
					: " is not a write-ahead log"));
		}
		while (true) {
			byte[] payload = recordAt(position);
			if (payload == null) {
				return position;
			}
			position += FRAME + payload.length;
		}
	}

	private List<byte[]> records() throws IOException {
		List<byte[]> records = new ArrayList<>();
		long position = HEADER.length;
		byte[] payload;
		while ((payload = recordAt(position)) != null) {
			records.add(payload);
			position += FRAME + payload.length;
		}
		return records;
	}

	/**
	 * The record at a position, or null if there is none, or only part of one, or one
	 * that fails its CRC.
	 */
	private byte[] recordAt(long position) throws IOException {
		long size = this.channel.size();
		if (position + FRAME > size) {
			return null;
		}
		ByteBuffer frame = ByteBuffer.allocate(FRAME);
		this.channel.read(frame, position);
		frame.flip();
		int length = frame.getInt();
		int checksum = frame.getInt();
		if (length < 0 || position + FRAME + length > size) {
			return null;
		}
		ByteBuffer payload = ByteBuffer.allocate(length);
		this.channel.read(payload, position + FRAME);
		CRC32 crc = new CRC32();
		crc.update(payload.array());
		return ((int) crc.getValue() == checksum) ? payload.array() : null;
	}

	@Override
	public void close() throws IOException {
		this.channel.close();
	}

}
