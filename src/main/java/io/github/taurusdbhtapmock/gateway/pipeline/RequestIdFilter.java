package io.github.taurusdbhtapmock.gateway.pipeline;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import io.github.taurusdbhtapmock.platform.id.IdGenerator;
import io.github.taurusdbhtapmock.platform.web.RequestIds;

/**
 * The pipeline's first step: gives every exchange an id and sends it as X-Request-Id
 * before anything else runs, so that even errors raised by later steps carry it; the SDK
 * reads the request id of an error from this header only.
 */
final class RequestIdFilter extends OncePerRequestFilter {

	private final IdGenerator ids;

	RequestIdFilter(IdGenerator ids) {
		this.ids = ids;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = this.ids.requestId();
		RequestIds.assign(request, id);
		response.setHeader(RequestIds.HEADER, id);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
