package io.github.taurusdbhtapmock.gateway.limits;

import io.github.taurusdbhtapmock.platform.error.RequestBodyTooLargeException;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * Refuses request bodies over the configured size: at once when Content-Length says so,
 * and as soon as a chunked body goes past it while being read, so no body of any size is
 * ever held in memory whole.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final TooLargeReply reply;

	BodySizeLimitFilter(long maxBytes, TooLargeReply reply) {
		this.maxBytes = maxBytes;
		this.reply = reply;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			this.reply.send(request, response, ErrorCode.REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, this.maxBytes), response);
		}
		catch (RequestBodyTooLargeException ex) {
			// a filter below read the whole body (the strict-mode cache does) and went
			// past the limit
			if (!response.isCommitted()) {
				response.reset();
				this.reply.send(request, response, ErrorCode.REQUEST_ENTITY_TOO_LARGE);
			}
		}
	}

	/**
	 * Writes the gateway's error reply; the connection is closed since the unread body
	 * cannot be skipped.
	 */
	@FunctionalInterface
	interface TooLargeReply {

		void send(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException;

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new LimitedInputStream(super.getInputStream(), this.maxBytes);
			}
			return this.limited;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private long read;

		LimitedInputStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws RequestBodyTooLargeException {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new RequestBodyTooLargeException(this.maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
