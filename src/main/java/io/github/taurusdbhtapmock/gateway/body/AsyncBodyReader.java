package io.github.taurusdbhtapmock.gateway.body;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.taurusdbhtapmock.platform.error.RequestBodyTooLargeException;

/**
 * Receives the rest of a body that had not arrived with its request, without a thread:
 * the request goes asynchronous, the container reads the body as it comes (non-blocking
 * I/O), and only once it is whole is the request dispatched on to the application. A slow
 * client so holds a connection and a buffer bounded by the size limit, never a worker
 * thread, on Java 17 as on 21+. The time the body may take is the asynchronous timeout:
 * past it the request is refused with 408 whatever pace the bytes came at; a body going
 * past its size limit is refused with 413 at the first byte too many.
 */
final class AsyncBodyReader implements ReadListener, AsyncListener {

	private static final Logger log = LoggerFactory.getLogger(AsyncBodyReader.class);

	private final BufferedBodyRequest body;

	private final AsyncContext async;

	private final ServletInputStream in;

	private final BodyRefusal refusal;

	private final byte[] buffer = new byte[8192];

	/** The body was dispatched or refused: later events change nothing. */
	private final AtomicBoolean settled = new AtomicBoolean();

	private AsyncBodyReader(BufferedBodyRequest body, AsyncContext async, ServletInputStream in, BodyRefusal refusal) {
		this.body = body;
		this.async = async;
		this.in = in;
		this.refusal = refusal;
	}

	/**
	 * Makes the request asynchronous and reads its body from now on; the filter chain
	 * returns, and runs again once the body is whole (an ASYNC dispatch).
	 */
	static void start(BufferedBodyRequest body, HttpServletRequest request, BodyRefusal refusal, long timeoutMillis)
			throws IOException {
		AsyncContext async = request.startAsync();
		async.setTimeout(Math.max(1, timeoutMillis));
		AsyncBodyReader reader = new AsyncBodyReader(body, async, body.connection(), refusal);
		async.addListener(reader);
		reader.in.setReadListener(reader);
	}

	@Override
	public void onDataAvailable() throws IOException {
		try {
			while (!this.settled.get() && this.in.isReady()) {
				int n = this.in.read(this.buffer, 0, this.body.allowed(this.buffer.length));
				if (n < 0) {
					return;
				}
				this.body.receive(this.buffer, 0, n);
			}
		}
		catch (RequestBodyTooLargeException ex) {
			if (settle()) {
				refuse(true);
			}
		}
	}

	@Override
	public void onAllDataRead() {
		if (settle()) {
			this.body.finishWhole();
			this.async.dispatch();
		}
	}

	/**
	 * The container's own read timeout (the connection timeout between two reads), or the
	 * client gone; the first gets the same 408 as the total timeout.
	 */
	@Override
	public void onError(Throwable failure) {
		if (!settle()) {
			return;
		}
		if (failure instanceof SocketTimeoutException) {
			refuse(false);
		}
		else {
			log.debug("A request body ended early", failure);
			this.async.complete();
		}
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		if (settle()) {
			refuse(false);
		}
	}

	@Override
	public void onError(AsyncEvent event) {
		onError(event.getThrowable());
	}

	@Override
	public void onComplete(AsyncEvent event) {
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

	private boolean settle() {
		return this.settled.compareAndSet(false, true);
	}

	private void refuse(boolean tooLarge) {
		HttpServletRequest request = (HttpServletRequest) this.async.getRequest();
		HttpServletResponse response = (HttpServletResponse) this.async.getResponse();
		try {
			if (tooLarge) {
				this.refusal.tooLarge(request, response, this.body.limit());
			}
			else {
				this.refusal.tooSlow(request, response, this.body.limit());
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Could not answer a refused request body", ex);
		}
		finally {
			this.async.complete();
		}
	}

}
