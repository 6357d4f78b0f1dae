package io.github.taurusdbhtapmock.gateway.body;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

import io.github.taurusdbhtapmock.gateway.limits.LimitProperties;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.error.RequestBodyTimeoutException;
import io.github.taurusdbhtapmock.platform.web.ApiLanguage;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.RequestIds;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body step's refusals, written outside Spring MVC: {@code 413} for a body over its
 * limit, {@code 408} for one that did not arrive in time. The emulated API's are the
 * gateway's ({@code APIGW.0201}, the documented sentence alone); the control plane's are
 * its own ({@code EMULATOR.0413}, {@code EMULATOR.0408}) and name the setting that raises
 * the limit. The connection is closed: the unread rest of the body cannot be skipped.
 */
final class BodyRefusal {

	private static final String CONTROL_PLANE_PREFIX = "/_emulator/";

	private final ErrorBodyFactory errors;

	private final JsonMapper json;

	BodyRefusal(ErrorBodyFactory errors, JsonMapper json) {
		this.errors = errors;
		this.json = json;
	}

	void tooLarge(HttpServletRequest request, HttpServletResponse response, BodyLimit limit) throws IOException {
		write(request, response, ErrorCode.REQUEST_ENTITY_TOO_LARGE, new ApiException.Detail("detail.body-too-large",
				List.of(String.valueOf(limit.maxBytes()), limit.sizeSetting())));
	}

	void tooSlow(HttpServletRequest request, HttpServletResponse response, BodyLimit limit) throws IOException {
		write(request, response, ErrorCode.REQUEST_TIMEOUT, new ApiException.Detail("detail.body-too-slow",
				List.of(RequestBodyTimeoutException.describe(limit.timeout()), LimitProperties.BODY_TIMEOUT)));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ErrorCode gatewayCode,
			ApiException.Detail detail) throws IOException {
		boolean controlPlane = isControlPlane(request);
		ErrorCode code = controlPlane ? gatewayCode.forControlPlane() : gatewayCode;
		String requestId = RequestIds.of(request);
		response.setStatus(code.status().value());
		response.setContentType(ApiMediaType.JSON_UTF8_VALUE);
		response.setHeader(HttpHeaders.CONNECTION, "close");
		if (requestId != null) {
			response.setHeader(RequestIds.HEADER, requestId);
		}
		response.getWriter()
			.write(this.json.writeValueAsString(this.errors.body(code, controlPlane ? detail : null,
					ApiLanguage.fromHeader(request.getHeader(ApiLanguage.HEADER)).locale(), requestId)));
		response.flushBuffer();
	}

	static boolean isControlPlane(HttpServletRequest request) {
		return path(request).startsWith(CONTROL_PLANE_PREFIX);
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
