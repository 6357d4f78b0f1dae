package io.github.taurusdbhtapmock.gateway.body;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.RequestBodyTimeoutException;
import io.github.taurusdbhtapmock.platform.error.RequestBodyTooLargeException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline's body step. Every body has a size limit and a time limit
 * ({@link BodyLimit}): past its size it is refused with 413 (at once when Content-Length
 * says so, and as soon as a chunked body goes past it), past its time with 408, however
 * slowly its bytes trickle. A body that arrived with its request is taken at once; the
 * rest of one still on its way is received without a thread ({@link AsyncBodyReader}),
 * and the application runs once it is whole. So no body is held beyond its limit, and a
 * slow client pins no worker. What the steps around it need of the body (the start the
 * exchange keeps, {@link RequestBody#keepStart}; the whole body a signature is verified
 * over) is read from that one buffer.
 */
public final class RequestBodyFilter extends OncePerRequestFilter {

	private final BodyLimit.Policy limits;

	private final Predicate<HttpServletRequest> needsWholeBody;

	private final BodyRefusal refusal;

	/**
	 * @param limits the limits of each request's body
	 * @param needsWholeBody whether a request must be read whole before it is routed (a
	 * signature to verify), even when it cannot be read ahead of the application
	 */
	public RequestBodyFilter(BodyLimit.Policy limits, Predicate<HttpServletRequest> needsWholeBody,
			ErrorBodyFactory errors, JsonMapper json) {
		this.limits = limits;
		this.needsWholeBody = needsWholeBody;
		this.refusal = new BodyRefusal(errors, json);
	}

	/** The body received asynchronously is handed to the application on this dispatch. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ASYNC) {
			resume(request, response, chain);
			return;
		}
		boolean whole = this.needsWholeBody.test(request);
		if (!whole && hasNoBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		BodyLimit limit = this.limits.of(request);
		int keep = RequestBody.wantedStart(request);
		BufferedBodyRequest body = new BufferedBodyRequest(request, limit, keep);
		try {
			if (request.getContentLengthLong() > limit.maxBytes()) {
				if (keep >= 0 && mayReadAhead(request)) {
					body.readAhead(keep + 1L);
				}
				this.refusal.tooLarge(request, response, limit);
				return;
			}
			if (!mayReadAhead(request)) {
				// read by the application, within the same limits
				if (whole) {
					body.readWhole();
				}
				chain.doFilter(body, response);
				return;
			}
			if (body.readAvailable()) {
				chain.doFilter(body, response);
				return;
			}
			AsyncBodyReader.start(body, request, this.refusal, limit.timeout().toMillis());
		}
		catch (RequestBodyTooLargeException ex) {
			// read here, or by anything below that is not Spring MVC (which answers it
			// itself)
			if (!response.isCommitted()) {
				response.reset();
				this.refusal.tooLarge(request, response, limit);
			}
		}
		catch (RequestBodyTimeoutException ex) {
			if (!response.isCommitted()) {
				response.reset();
				this.refusal.tooSlow(request, response, limit);
			}
		}
	}

	/**
	 * The body is whole: the request goes on. Spring's own filters after this step filter
	 * a request on its first dispatch only, which this one left before reaching them: the
	 * default of its character encoding filter is set here.
	 */
	private static void resume(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(RequestBody.BUFFER) instanceof BufferedBodyRequest body && body.isWhole()) {
			if (request.getCharacterEncoding() == null) {
				request.setCharacterEncoding(StandardCharsets.UTF_8.name());
			}
			chain.doFilter(body, response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * HTTP/1.1: without Content-Length or Transfer-Encoding a request has no body (most
	 * GETs).
	 */
	private static boolean hasNoBody(HttpServletRequest request) {
		long length = request.getContentLengthLong();
		return length == 0 || (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null);
	}

	/**
	 * Not for a client waiting for 100 Continue (reading would answer it before the
	 * application decides to) nor for form content (Tomcat parses parameters from the raw
	 * stream, which must stay untouched): for those the exchange keeps what the
	 * application reads.
	 */
	private static boolean mayReadAhead(HttpServletRequest request) {
		if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
			return false;
		}
		String type = request.getContentType();
		if (type == null) {
			return true;
		}
		String lower = type.toLowerCase(Locale.ROOT);
		return !lower.startsWith("application/x-www-form-urlencoded") && !lower.startsWith("multipart/");
	}

}
