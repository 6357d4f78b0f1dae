package io.github.taurusdbhtapmock.gateway.limits;

import jakarta.servlet.http.HttpServletRequest;

import io.github.taurusdbhtapmock.gateway.body.BodyLimit;

/**
 * Every request's body limits: a state import ({@code PUT /_emulator/state}) may be as
 * large as {@code max-state-size}, every other body of the emulated API and of the
 * control plane as {@code max-body-size}; all must arrive within {@code body-timeout}.
 */
public final class BodyLimits implements BodyLimit.Policy {

	private static final String STATE_PATH = "/_emulator/state";

	private final BodyLimit body;

	private final BodyLimit state;

	public BodyLimits(LimitProperties properties) {
		this.body = new BodyLimit(properties.maxBodySize().toBytes(), LimitProperties.MAX_BODY_SIZE,
				properties.bodyTimeout());
		this.state = new BodyLimit(properties.maxStateSize().toBytes(), LimitProperties.MAX_STATE_SIZE,
				properties.bodyTimeout());
	}

	@Override
	public BodyLimit of(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean stateImport = "PUT".equals(request.getMethod())
				&& (path.equals(STATE_PATH) || path.equals(STATE_PATH + "/"));
		return stateImport ? this.state : this.body;
	}

}
