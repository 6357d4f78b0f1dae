package io.github.taurusdbhtapmock.auth;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import io.github.taurusdbhtapmock.error.ApiException;
import io.github.taurusdbhtapmock.error.ErrorCode;

/**
 * The gateway's credential check, run after routing (an unknown API is a 404 before it is a 401, as at the
 * real gateway). A request needs a non-empty X-Auth-Token or a well-formed SDK-HMAC-SHA256 Authorization
 * header; signatures are not verified.
 */
public class AuthenticationInterceptor implements HandlerInterceptor {

	static final String TOKEN_HEADER = "X-Auth-Token";

	private static final Pattern SDK_SIGNATURE = Pattern.compile(
			"SDK-HMAC-SHA256\\s+Access=[^,\\s]+,\\s*SignedHeaders=[^,\\s]+,\\s*Signature=[0-9a-fA-F]+\\s*");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String token = request.getHeader(TOKEN_HEADER);
		if (token != null && !token.isBlank()) {
			return true;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization == null) {
			throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-missing");
		}
		if (!SDK_SIGNATURE.matcher(authorization).matches()) {
			throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-malformed");
		}
		return true;
	}

}
