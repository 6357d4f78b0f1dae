package io.github.taurusdbhtapmock.gateway.body;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import io.github.taurusdbhtapmock.gateway.limits.LimitProperties;
import io.github.taurusdbhtapmock.platform.error.RequestBodyTimeoutException;
import io.github.taurusdbhtapmock.platform.error.RequestBodyTooLargeException;

/**
 * The one buffer of a request body. Every byte read from the connection, ahead of the
 * application or by it, is counted against the size limit, and the first {@code keep}
 * bytes are kept for the exchange. What was read ahead (the start the exchange wants, or
 * the whole body for a signature check) is replayed to the application, which then reads
 * on from the connection. Nothing is held beyond {@code limit + 1} bytes: past the limit,
 * reading fails with {@link RequestBodyTooLargeException}. The body has one deadline, not
 * one per read: a read that ends after it fails with {@link RequestBodyTimeoutException},
 * however slowly the bytes came; a failure met while reading ahead is the application's
 * failure too, never waited for twice.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

	private static final byte[] NOTHING = new byte[0];

	private static final int CHUNK = 8192;

	private final BodyLimit limit;

	/** System.nanoTime() past which no read of the body succeeds. */
	private final long deadline;

	/** What went wrong reading ahead, thrown again at the application's next read. */
	private IOException failure;

	/** The body read so far when it is buffered whole before the application runs. */
	private ByteArrayOutputStream received;

	/** How many bytes to keep for the exchange; negative: none, and no count either. */
	private final int keep;

	private final ByteArrayOutputStream kept;

	private long seen;

	/** The body went past the limit: reading stopped there, whatever was kept. */
	private boolean tooLarge;

	private byte[] ahead = NOTHING;

	private boolean whole;

	private ServletInputStream stream;

	private BufferedReader reader;

	BufferedBodyRequest(HttpServletRequest request, long limit, int keep) {
		this(request, new BodyLimit(limit, LimitProperties.MAX_BODY_SIZE, Duration.ofDays(1)), keep);
	}

	BufferedBodyRequest(HttpServletRequest request, BodyLimit limit, int keep) {
		super(request);
		this.limit = limit;
		this.deadline = System.nanoTime() + limit.timeout().toNanos();
		this.keep = keep;
		this.kept = new ByteArrayOutputStream(Math.max(0, Math.min(keep, CHUNK)));
		request.setAttribute(RequestBody.BUFFER, this);
	}

	/**
	 * Reads up to {@code wanted} bytes now. A client that goes away or stalls meanwhile
	 * ends the read ahead; the application meets the same failure when it reads on.
	 * @throws RequestBodyTooLargeException when the body goes past the limit
	 */
	void readAhead(long wanted) throws RequestBodyTooLargeException {
		ByteArrayOutputStream start = new ByteArrayOutputStream((int) Math.min(wanted, CHUNK));
		try {
			readInto(start, wanted);
		}
		catch (RequestBodyTooLargeException ex) {
			throw ex;
		}
		catch (IOException ex) {
			// the client went away or stalled mid-body: the application meets it at once
			this.failure = ex;
		}
		this.ahead = start.toByteArray();
	}

	/**
	 * Takes what the connection already holds of the body, without waiting for more.
	 * @return whether that was the whole body, which then stands buffered for the
	 * application
	 * @throws RequestBodyTooLargeException when the body goes past the limit
	 */
	boolean readAvailable() throws IOException {
		ServletInputStream in = connection();
		long length = getContentLengthLong();
		byte[] buffer = new byte[CHUNK];
		while (length < 0 || this.seen < length) {
			int available = in.available();
			if (available <= 0) {
				return false;
			}
			int n = in.read(buffer, 0, allowed(Math.min(buffer.length, available)));
			if (n < 0) {
				break;
			}
			receive(buffer, 0, n);
		}
		finishWhole();
		return true;
	}

	/**
	 * Bytes of the body read by {@link AsyncBodyReader}, buffered for the application.
	 */
	void receive(byte[] bytes, int offset, int length) throws RequestBodyTooLargeException {
		if (this.received == null) {
			this.received = new ByteArrayOutputStream(Math.max(this.ahead.length, CHUNK));
			this.received.writeBytes(this.ahead);
		}
		count(bytes, offset, length);
		this.received.write(bytes, offset, length);
	}

	/** The body has been received whole: the application reads it from memory. */
	void finishWhole() {
		if (this.received != null) {
			this.ahead = this.received.toByteArray();
			this.received = null;
		}
		this.whole = true;
	}

	boolean isWhole() {
		return this.whole;
	}

	/** The request's own stream, from the connection. */
	ServletInputStream connection() throws IOException {
		return super.getInputStream();
	}

	BodyLimit limit() {
		return this.limit;
	}

	/**
	 * At most one byte past the limit is ever asked of the connection: enough to know the
	 * body is too large, and no more held than that.
	 */
	int allowed(int length) {
		long room = this.limit.maxBytes() - this.seen;
		return (room >= length) ? length : (int) room + 1;
	}

	/**
	 * Reads the rest of the body now, so that {@link #whole()} holds it exactly as
	 * received.
	 * @throws RequestBodyTooLargeException when the body goes past the limit
	 */
	void readWhole() throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream(Math.max(this.ahead.length, CHUNK));
		all.writeBytes(this.ahead);
		readInto(all, Long.MAX_VALUE);
		this.ahead = all.toByteArray();
		this.whole = true;
	}

	private void readInto(ByteArrayOutputStream into, long wanted) throws IOException {
		ServletInputStream in = super.getInputStream();
		byte[] buffer = new byte[(int) Math.min(CHUNK, Math.max(1, wanted))];
		long read = 0;
		while (read < wanted) {
			int n = in.read(buffer, 0, allowed((int) Math.min(buffer.length, wanted - read)));
			checkDeadline();
			if (n < 0) {
				return;
			}
			count(buffer, 0, n);
			into.write(buffer, 0, n);
			read += n;
		}
	}

	/** The body as received, or null when it was not read whole. */
	byte[] whole() {
		return this.whole ? this.ahead.clone() : null;
	}

	/** The start kept for the exchange; null when it asked for none. */
	RequestBody.Start start() {
		if (this.keep < 0) {
			return null;
		}
		return new RequestBody.Start((this.seen == 0) ? null : this.kept.toString(StandardCharsets.UTF_8),
				this.seen > this.keep || this.tooLarge);
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new ReplayingInputStream(super.getInputStream());
		}
		return this.stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		if (this.reader == null) {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			this.reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
		return this.reader;
	}

	/** Counts bytes read from the connection, and keeps the first of them. */
	private void count(byte[] bytes, int offset, int length) throws RequestBodyTooLargeException {
		int room = this.keep - this.kept.size();
		if (room > 0) {
			this.kept.write(bytes, offset, Math.min(room, length));
		}
		this.seen += length;
		if (this.seen > this.limit.maxBytes()) {
			this.tooLarge = true;
			throw new RequestBodyTooLargeException(this.limit.maxBytes(), this.limit.sizeSetting());
		}
	}

	/** Before the application reads on from the connection. */
	private void beforeConnectionRead() throws IOException {
		if (this.failure != null) {
			throw this.failure;
		}
		checkDeadline();
	}

	private void checkDeadline() throws RequestBodyTimeoutException {
		if (System.nanoTime() - this.deadline > 0) {
			this.failure = new RequestBodyTimeoutException(this.limit.timeout());
			throw (RequestBodyTimeoutException) this.failure;
		}
	}

	/** The bytes read ahead, then the rest of the body from the connection. */
	private final class ReplayingInputStream extends ServletInputStream {

		private final ServletInputStream connection;

		private int replayed;

		ReplayingInputStream(ServletInputStream connection) {
			this.connection = connection;
		}

		@Override
		public int read() throws IOException {
			byte[] ahead = BufferedBodyRequest.this.ahead;
			if (this.replayed < ahead.length) {
				return ahead[this.replayed++] & 0xff;
			}
			if (BufferedBodyRequest.this.whole) {
				return -1;
			}
			beforeConnectionRead();
			int b = this.connection.read();
			checkDeadline();
			if (b >= 0) {
				count(new byte[] { (byte) b }, 0, 1);
			}
			return b;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			byte[] ahead = BufferedBodyRequest.this.ahead;
			if (length > 0 && this.replayed < ahead.length) {
				int n = Math.min(length, ahead.length - this.replayed);
				System.arraycopy(ahead, this.replayed, bytes, offset, n);
				this.replayed += n;
				return n;
			}
			if (BufferedBodyRequest.this.whole) {
				return (length == 0) ? 0 : -1;
			}
			beforeConnectionRead();
			int n = this.connection.read(bytes, offset, allowed(length));
			checkDeadline();
			if (n > 0) {
				count(bytes, offset, n);
			}
			return n;
		}

		@Override
		public boolean isFinished() {
			return this.replayed >= BufferedBodyRequest.this.ahead.length
					&& (BufferedBodyRequest.this.whole || this.connection.isFinished());
		}

		@Override
		public boolean isReady() {
			return this.replayed < BufferedBodyRequest.this.ahead.length || BufferedBodyRequest.this.whole
					|| this.connection.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.connection.setReadListener(listener);
		}

	}

}
