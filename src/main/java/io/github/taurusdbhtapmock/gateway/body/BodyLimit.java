package io.github.taurusdbhtapmock.gateway.body;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The size and time limits of one request's body, and the settings that raise them (the
 * control plane names them when it refuses a body).
 *
 * @param maxBytes the largest body accepted
 * @param sizeSetting the key that raises {@code maxBytes}
 * @param timeout how long the whole body may take to arrive
 */
public record BodyLimit(long maxBytes, String sizeSetting, Duration timeout) {

	/** Which limit applies to which request. */
	@FunctionalInterface
	public interface Policy {

		BodyLimit of(HttpServletRequest request);

	}

}
