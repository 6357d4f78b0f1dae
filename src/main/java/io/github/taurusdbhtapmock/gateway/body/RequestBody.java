package io.github.taurusdbhtapmock.gateway.body;

import jakarta.servlet.ServletRequest;

/**
 * What the pipeline's body step buffered of a request body, for the steps around it: the
 * start the exchange asked to keep, and the whole body when the credential check needs
 * it. Request attributes, so that they are found from the request as any step holds it,
 * wrapped or not.
 */
public final class RequestBody {

	static final String BUFFER = RequestBody.class.getName() + ".buffer";

	private static final String WANTED_START = RequestBody.class.getName() + ".wantedStart";

	private RequestBody() {
	}

	/**
	 * Asks the body step to keep the first {@code bytes} bytes of the body (0: none, but
	 * tell whether there was one). For a step that runs before it.
	 */
	public static void keepStart(ServletRequest request, int bytes) {
		request.setAttribute(WANTED_START, bytes);
	}

	/** How many bytes {@link #keepStart} asked for, or -1 when nobody asked. */
	static int wantedStart(ServletRequest request) {
		return (request.getAttribute(WANTED_START) instanceof Integer bytes) ? bytes : -1;
	}

	/**
	 * The start of the body kept for {@link #keepStart}, once the request has been
	 * answered; null when nobody asked or the request had no body to buffer.
	 */
	public static Start start(ServletRequest request) {
		return (request.getAttribute(BUFFER) instanceof BufferedBodyRequest buffer) ? buffer.start() : null;
	}

	/**
	 * The whole body, exactly as received, when the body step buffered it (see
	 * {@link RequestBodyFilter}); null when it did not.
	 */
	public static byte[] whole(ServletRequest request) {
		return (request.getAttribute(BUFFER) instanceof BufferedBodyRequest buffer) ? buffer.whole() : null;
	}

	/**
	 * The start of a body.
	 *
	 * @param text the bytes kept, as UTF-8 text; null when the request had no body
	 * @param truncated whether the body was longer than what was kept
	 */
	public record Start(String text, boolean truncated) {
	}

}
