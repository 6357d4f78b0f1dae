package io.github.taurusdbhtapmock.gateway.body;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.error.RequestBodyTooLargeException;
import io.github.taurusdbhtapmock.platform.web.ApiLanguage;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.RequestIds;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline's body step. Refuses a body of the emulated API over the size limit with
 * {@code 413 APIGW.0201}: at once when Content-Length says so, and as soon as a chunked
 * body goes past it, whoever is reading. Reads ahead of the application only what the
 * steps around it need, into one {@link BufferedBodyRequest}: the start of the body the
 * exchange asked for ({@link RequestBody#keepStart}), and the whole body when the
 * credential check verifies a signature over it. So the lenient default buffers no more
 * than the journal keeps, and no body is ever held whole beyond the limit.
 */
public final class RequestBodyFilter extends OncePerRequestFilter {

	private static final String API_PREFIX = "/v3/";

	private final long maxBytes;

	private final Predicate<HttpServletRequest> needsWholeBody;

	private final ErrorBodyFactory errors;

	private final JsonMapper json;

	/**
	 * @param maxBytes the largest body of the emulated API accepted
	 * @param needsWholeBody whether a request of the emulated API must be read whole
	 * before it is routed (a signature to verify)
	 */
	public RequestBodyFilter(long maxBytes, Predicate<HttpServletRequest> needsWholeBody, ErrorBodyFactory errors,
			JsonMapper json) {
		this.maxBytes = maxBytes;
		this.needsWholeBody = needsWholeBody;
		this.errors = errors;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean api = isApi(request);
		int keep = RequestBody.wantedStart(request);
		boolean whole = api && this.needsWholeBody.test(request);
		if ((!api && keep < 0) || (!whole && hasNoBody(request))) {
			chain.doFilter(request, response);
			return;
		}
		long limit = api ? this.maxBytes : Long.MAX_VALUE;
		BufferedBodyRequest body = new BufferedBodyRequest(request, limit, keep);
		try {
			if (keep >= 0 && mayReadAhead(request)) {
				body.readAhead(keep + 1L);
			}
			if (request.getContentLengthLong() > limit) {
				tooLarge(request, response);
				return;
			}
			if (whole) {
				body.readWhole();
			}
			chain.doFilter(body, response);
		}
		catch (RequestBodyTooLargeException ex) {
			// read ahead here, or by anything below that is not Spring MVC (which answers
			// it itself)
			if (!response.isCommitted()) {
				response.reset();
				tooLarge(request, response);
			}
		}
	}

	/**
	 * The gateway's error reply; the connection is closed since the unread body cannot be
	 * skipped.
	 */
	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ErrorCode code = ErrorCode.REQUEST_ENTITY_TOO_LARGE;
		String requestId = RequestIds.of(request);
		response.setStatus(code.status().value());
		response.setContentType(ApiMediaType.JSON_UTF8_VALUE);
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setHeader(RequestIds.HEADER, requestId);
		response.getWriter()
			.write(this.json.writeValueAsString(this.errors.body(code, null,
					ApiLanguage.fromHeader(request.getHeader(ApiLanguage.HEADER)).locale(), requestId)));
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(API_PREFIX) || path.equals("/v3");
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
