package io.github.taurusdbhtapmock.gateway.auth;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the whole body before Spring MVC does, for strict signature checks over the exact
 * bytes (a ContentCachingRequestWrapper would hold only what the controller happened to
 * read, and only after it had). Registered for /v3/* in strict mode only, so the lenient
 * default never buffers.
 */
final class CachedBodyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readAllBytes();
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

}
