package io.github.taurusdbhtapmock.gateway.auth;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.web.util.WebUtils;

/**
 * A request whose body was read whole before anything else saw it, so the signature can
 * be checked over the exact bytes and the controller can still read them.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	CachedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/**
	 * The cached body of this request, or null when no {@link CachedBodyFilter} wrapped
	 * it.
	 */
	static byte[] cachedBody(ServletRequest request) {
		CachedBodyRequest cached = WebUtils.getNativeRequest(request, CachedBodyRequest.class);
		return (cached != null) ? cached.body : null;
	}

	@Override
	public ServletInputStream getInputStream() {
		return new BytesInputStream(this.body);
	}

	@Override
	public BufferedReader getReader() throws UnsupportedEncodingException {
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
		return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body), charset));
	}

	private static final class BytesInputStream extends ServletInputStream {

		private final ByteArrayInputStream bytes;

		BytesInputStream(byte[] body) {
			this.bytes = new ByteArrayInputStream(body);
		}

		@Override
		public int read() {
			return this.bytes.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return this.bytes.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return this.bytes.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("The body was already read whole; read it synchronously");
		}

	}

}
