package io.github.taurusdbhtapmock.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** Finds the {@link SdkOperation} a request was routed to. */
public final class SdkOperations {

	private SdkOperations() {
	}

	/**
	 * The operation a handler emulates, or null for a handler that is not part of the
	 * emulated API.
	 */
	public static String of(Object handler) {
		if (handler instanceof HandlerMethod method) {
			SdkOperation operation = method.getMethodAnnotation(SdkOperation.class);
			return (operation != null) ? operation.value() : null;
		}
		return null;
	}

	/**
	 * The operation the request was routed to; null before routing or for anything but
	 * the emulated API.
	 */
	public static String of(HttpServletRequest request) {
		return of(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE));
	}

}
