package io.github.taurusdbhtapmock.gateway.auth;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import io.github.taurusdbhtapmock.gateway.auth.AuthProperties.Principal;
import io.github.taurusdbhtapmock.gateway.body.RequestBody;
import io.github.taurusdbhtapmock.gateway.auth.AuthProperties.Token;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * The gateway's credential and tenancy check, run after routing (an unknown API is a 404
 * before it is a 401, as at the real gateway) and before anything reads the path or body.
 * How much it checks is {@code emulator.auth.mode}: see docs/authentication.md.
 */
public class AuthenticationInterceptor implements HandlerInterceptor {

	static final String TOKEN_HEADER = "X-Auth-Token";

	static final String PROJECT_HEADER = "X-Project-Id";

	private static final Logger log = LoggerFactory.getLogger(AuthenticationInterceptor.class);

	/** Lenient mode's answer to "who is this": anyone, on any project. */
	private static final Principal ANYONE = List::of;

	private final AuthProperties properties;

	private final SignatureAuthenticator signatures;

	public AuthenticationInterceptor(AuthProperties properties, Clock clock) {
		this.properties = properties;
		this.signatures = new SignatureAuthenticator(properties, clock);
	}

	/**
	 * Whether this request's credential check verifies a signature over the body, which
	 * must then be read whole, exactly as received, before anything parses it: strict
	 * mode, and an Authorization header rather than a token.
	 */
	public boolean needsWholeBody(HttpServletRequest request) {
		if (this.properties.mode() != AuthMode.STRICT || request.getHeader("Authorization") == null) {
			return false;
		}
		String token = request.getHeader(TOKEN_HEADER);
		return token == null || token.isBlank();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String projectId = pathProjectId(request);
		if (this.properties.mode() == AuthMode.OFF) {
			requireSameProject(request, projectId);
			return true;
		}
		Principal principal = authenticate(request);
		requireSameProject(request, projectId);
		if (projectId != null && !principal.mayAccess(projectId)) {
			log.info("Refused {} {}: {} is not bound to project {}", request.getMethod(), request.getRequestURI(),
					principal, projectId);
			throw new ApiException(ErrorCode.ACCESS_DENIED, "detail.project-not-authorized", projectId);
		}
		return true;
	}

	private Principal authenticate(HttpServletRequest request) {
		String token = request.getHeader(TOKEN_HEADER);
		if (token != null && !token.isBlank()) {
			return (this.properties.mode() == AuthMode.STRICT) ? knownToken(token.trim()) : ANYONE;
		}
		String header = request.getHeader("Authorization");
		if (header == null) {
			throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-missing");
		}
		SdkAuthorization authorization = SdkAuthorization.parse(header)
			.orElseThrow(() -> new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-malformed"));
		if (this.properties.mode() == AuthMode.STRICT) {
			return this.signatures.authenticate(signedRequest(request), authorization);
		}
		if (SdkDate.parse(request.getHeader(SdkDate.HEADER)).isEmpty()) {
			throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-date-invalid");
		}
		return ANYONE;
	}

	private Token knownToken(String token) {
		return this.properties.token(token)
			.orElseThrow(() -> new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-token-unknown"));
	}

	private static SignedRequest signedRequest(HttpServletRequest request) {
		byte[] body = RequestBody.whole(request);
		if (body == null) {
			throw new IllegalStateException("Strict authentication needs the body the pipeline's body step buffers");
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name, Collections.list(request.getHeaders(name)));
		}
		return new SignedRequest(request.getMethod(), request.getRequestURI(), request.getQueryString(), headers, body);
	}

	/**
	 * X-Project-Id names the project the client means; a request that says another in its
	 * path is inconsistent.
	 */
	private static void requireSameProject(HttpServletRequest request, String projectId) {
		String header = request.getHeader(PROJECT_HEADER);
		if (header != null && projectId != null && !header.trim().equals(projectId)) {
			throw new ApiException(ErrorCode.API_REQUEST_ERROR, "detail.project-header-mismatch", header.trim(),
					projectId);
		}
	}

	private static String pathProjectId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map && map.get("project_id") instanceof String id) ? id : null;
	}

}
