package io.github.taurusdbhtapmock.admin.journal;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Captures the first {@code limit} bytes of the request body for the journal. It reads
 * them (plus one, to know whether the body was cut) before the application runs and
 * replays them to it, because a request refused before its body is parsed (401, a fault
 * rule) is exactly the one whose body a test wants to see, and once such a reply is
 * committed Tomcat may no longer hand out the body. ContentCachingRequestWrapper only
 * keeps what the application reads, so it would miss those.
 */
final class BodyCapturingRequest extends HttpServletRequestWrapper {

	private static final byte[] NOTHING = new byte[0];

	private final int limit;

	private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

	private long seen;

	private byte[] readAhead = NOTHING;

	private ServletInputStream stream;

	private BufferedReader reader;

	BodyCapturingRequest(HttpServletRequest request, int limit) {
		super(request);
		this.limit = limit;
	}

	/**
	 * Reads the start of the body now. Not for a client waiting for 100 Continue (reading
	 * would answer it before the application decides to) nor for form content (Tomcat
	 * parses parameters from the raw stream, which must stay untouched): for those the
	 * journal keeps what the application reads.
	 */
	void readAhead() {
		long length = getContentLengthLong();
		if (waitsForContinue() || isForm() || hasNoBody(length)) {
			return;
		}
		long wanted = Math.min(this.limit + 1L, (length < 0) ? Long.MAX_VALUE : length + 1);
		ByteArrayOutputStream start = new ByteArrayOutputStream();
		try {
			ServletInputStream in = super.getInputStream();
			byte[] buffer = new byte[(int) Math.min(8192, wanted)];
			while (start.size() <= this.limit) {
				int read = in.read(buffer, 0, Math.min(buffer.length, this.limit + 1 - start.size()));
				if (read < 0) {
					break;
				}
				start.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			// the client went away mid-body: the application meets the same failure when
			// it reads on
		}
		this.readAhead = start.toByteArray();
		keep(this.readAhead, 0, this.readAhead.length);
	}

	/**
	 * HTTP/1.1: without Content-Length or Transfer-Encoding a request has no body (most
	 * GETs).
	 */
	private boolean hasNoBody(long contentLength) {
		return contentLength == 0 || (contentLength < 0 && getHeader("Transfer-Encoding") == null);
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

	/** The kept body as text, or null when the request had none. */
	String body() {
		return (this.seen == 0) ? null : this.kept.toString(StandardCharsets.UTF_8);
	}

	boolean truncated() {
		return this.seen > this.limit;
	}

	private boolean waitsForContinue() {
		return "100-continue".equalsIgnoreCase(getHeader("Expect"));
	}

	private boolean isForm() {
		String type = getContentType();
		if (type == null) {
			return false;
		}
		String lower = type.toLowerCase(Locale.ROOT);
		return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/");
	}

	private void keep(byte[] bytes, int offset, int length) {
		int room = Math.max(0, this.limit - this.kept.size());
		if (room > 0) {
			this.kept.write(bytes, offset, Math.min(room, length));
		}
		this.seen += length;
	}

	/**
	 * The bytes read ahead, then the rest of the body, which is kept too when nothing was
	 * read ahead.
	 */
	private final class ReplayingInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private int replayed;

		ReplayingInputStream(ServletInputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			if (this.replayed < BodyCapturingRequest.this.readAhead.length) {
				return BodyCapturingRequest.this.readAhead[this.replayed++] & 0xff;
			}
			int b = this.delegate.read();
			if (b >= 0) {
				keep(new byte[] { (byte) b }, 0, 1);
			}
			return b;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			byte[] ahead = BodyCapturingRequest.this.readAhead;
			if (length > 0 && this.replayed < ahead.length) {
				int count = Math.min(length, ahead.length - this.replayed);
				System.arraycopy(ahead, this.replayed, bytes, offset, count);
				this.replayed += count;
				return count;
			}
			int read = this.delegate.read(bytes, offset, length);
			if (read > 0) {
				keep(bytes, offset, read);
			}
			return read;
		}

		@Override
		public boolean isFinished() {
			return this.replayed >= BodyCapturingRequest.this.readAhead.length && this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.replayed < BodyCapturingRequest.this.readAhead.length || this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
