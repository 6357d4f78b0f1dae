package io.github.taurusdbhtapmock.platform.web;

import jakarta.servlet.ServletRequest;

import org.springframework.web.context.request.RequestAttributes;

/**
 * What parts of the emulator the gateway cannot see tell the {@link Exchange} while it
 * runs: request attributes, read when the exchange is built, so that nothing depends on
 * who listens.
 */
public final class ExchangeNotes {

	private static final String FAULT = ExchangeNotes.class.getName() + ".fault";

	private static final String TASK_NAME = ExchangeNotes.class.getName() + ".taskName";

	private ExchangeNotes() {
	}

	/** Records that a fault rule fired on this exchange. */
	public static void faultFired(ServletRequest request, Exchange.Fault fault) {
		request.setAttribute(FAULT, fault);
	}

	/** The fault rule that fired on this exchange, or null. */
	public static Exchange.Fault fault(ServletRequest request) {
		return (request.getAttribute(FAULT) instanceof Exchange.Fault fault) ? fault : null;
	}

	/** Records the task the request's body names. */
	public static void taskNamed(RequestAttributes request, String taskName) {
		request.setAttribute(TASK_NAME, taskName, RequestAttributes.SCOPE_REQUEST);
	}

	/** The task the request's body named, or null. */
	public static String taskName(ServletRequest request) {
		return (request.getAttribute(TASK_NAME) instanceof String name) ? name : null;
	}

}
