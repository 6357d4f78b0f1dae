package io.github.taurusdbhtapmock.platform.web;

import java.util.UUID;

import jakarta.servlet.ServletRequest;

/**
 * The id of an exchange: handed out by the gateway before anything else runs, sent back
 * as {@value #HEADER} (the SDK reads the request id of an error from this header only),
 * and read by whatever answers the request.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	private static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private RequestIds() {
	}

	/** Binds the exchange's id to the request. */
	public static void assign(ServletRequest request, String id) {
		request.setAttribute(ATTRIBUTE, id);
	}

	/**
	 * The id of the current exchange. Every request has one from the gateway's first
	 * step; the fallback covers the container answering before any filter ran.
	 */
	public static String of(ServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return (id instanceof String text) ? text : UUID.randomUUID().toString().replace("-", "");
	}

}
