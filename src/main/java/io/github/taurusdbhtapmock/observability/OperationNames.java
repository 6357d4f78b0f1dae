package io.github.taurusdbhtapmock.observability;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import io.github.taurusdbhtapmock.platform.web.SdkOperations;

/**
 * {@link SdkOperations} with its answer kept per handler method: finding the annotation
 * searches the method's hierarchy, which is the same on every call, and the handler
 * mapping hands out a fresh HandlerMethod per request, so the cache is keyed by the
 * reflected method the handlers share.
 */
final class OperationNames {

	/**
	 * Stands for "not an emulated operation", which a ConcurrentHashMap cannot hold as
	 * null.
	 */
	private static final String NONE = "";

	private final Map<Method, String> byMethod = new ConcurrentHashMap<>();

	/** The SDK operation the request was routed to, or null. */
	String of(HttpServletRequest request) {
		if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
			return null;
		}
		String name = this.byMethod.get(handler.getMethod());
		if (name == null) {
			String found = SdkOperations.of(handler);
			name = (found != null) ? found : NONE;
			this.byMethod.put(handler.getMethod(), name);
		}
		return name.isEmpty() ? null : name;
	}

}
