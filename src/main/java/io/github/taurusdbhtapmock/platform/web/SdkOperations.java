package io.github.taurusdbhtapmock.platform.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Finds the {@link SdkOperation} a request was routed to. The answer is kept per handler
 * method: finding the annotation searches the method's hierarchy, which is the same on
 * every call, and the handler mapping hands out a fresh HandlerMethod per request, so the
 * cache is keyed by the reflected method the handlers share.
 */
public final class SdkOperations {

	/**
	 * Stands for "not an emulated operation", which a ConcurrentHashMap cannot hold as
	 * null.
	 */
	private static final String NONE = "";

	private static final Map<Method, String> BY_METHOD = new ConcurrentHashMap<>();

	private SdkOperations() {
	}

	/**
	 * The operation a handler emulates, or null for a handler that is not part of the
	 * emulated API.
	 */
	public static String of(Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return null;
		}
		String name = BY_METHOD.get(method.getMethod());
		if (name == null) {
			SdkOperation operation = method.getMethodAnnotation(SdkOperation.class);
			name = (operation != null) ? operation.value() : NONE;
			BY_METHOD.put(method.getMethod(), name);
		}
		return name.isEmpty() ? null : name;
	}

	/**
	 * The operation the request was routed to; null before routing or for anything but
	 * the emulated API.
	 */
	public static String of(HttpServletRequest request) {
		return of(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE));
	}

}
