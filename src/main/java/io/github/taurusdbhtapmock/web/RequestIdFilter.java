package io.github.taurusdbhtapmock.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.taurusdbhtapmock.ids.IdGenerator;

/**
 * Gives every exchange an id and sends it as X-Request-Id before anything else runs, so that even errors
 * raised by later filters carry it; the SDK reads the request id of an error from this header only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	private final IdGenerator ids;

	public RequestIdFilter(IdGenerator ids) {
		this.ids = ids;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = this.ids.requestId();
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	/**
	 * The id of the current exchange. Every request passes the filter first; the fallback covers the container
	 * answering before any filter ran.
	 */
	public static String requestId(ServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return (id instanceof String text) ? text : UUID.randomUUID().toString().replace("-", "");
	}

}
