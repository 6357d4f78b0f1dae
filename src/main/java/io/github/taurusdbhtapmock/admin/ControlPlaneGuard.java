package io.github.taurusdbhtapmock.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * Keeps the control plane switched off or behind its token, as configured: the pipeline's
 * {@code CONTROL_PLANE_GUARD} step.
 */
class ControlPlaneGuard implements HandlerInterceptor {

	private final ControlPlaneProperties properties;

	ControlPlaneGuard(ControlPlaneProperties properties) {
		this.properties = properties;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!this.properties.enabled()) {
			// switched off, the control plane does not exist: the same answer as any
			// unknown route
			throw new ApiException(ErrorCode.API_NOT_FOUND, "detail.route-not-found", request.getMethod(),
					request.getRequestURI());
		}
		if (this.properties.requiresToken() && !tokenMatches(request.getHeader(ControlPlaneProperties.TOKEN_HEADER))) {
			throw ApiException.withoutDetail(ErrorCode.CONTROL_PLANE_UNAUTHORIZED);
		}
		return true;
	}

	private boolean tokenMatches(String sent) {
		return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
				this.properties.token().getBytes(StandardCharsets.UTF_8));
	}

}
