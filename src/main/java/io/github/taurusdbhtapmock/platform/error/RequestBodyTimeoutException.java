package io.github.taurusdbhtapmock.platform.error;

import java.io.IOException;
import java.time.Duration;

/**
 * A body did not arrive whole within the time allowed for it (whether it stalled or
 * trickled); answered 408 and the connection closed.
 */
public class RequestBodyTimeoutException extends IOException {

	private final Duration timeout;

	public RequestBodyTimeoutException(Duration timeout) {
		super("request body not received within " + timeout);
		this.timeout = timeout;
	}

	public Duration timeout() {
		return this.timeout;
	}

	/** The time allowed as a reader writes it: {@code 10s}, {@code 1500ms}. */
	public static String describe(Duration timeout) {
		long millis = timeout.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

}
