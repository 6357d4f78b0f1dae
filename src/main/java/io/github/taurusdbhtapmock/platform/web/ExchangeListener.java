package io.github.taurusdbhtapmock.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Is told about every exchange it listens to, once it is answered. Beans of this type are
 * found by the gateway's {@link PipelineStep#EXCHANGE} step; an exchange nobody listens
 * to costs nothing beyond the question.
 */
public interface ExchangeListener {

	/** {@link #bodyBytes()} of a listener that reads nothing of request bodies. */
	int NO_BODY = -1;

	/**
	 * Whether this listener wants the exchange of this request; asked before the request
	 * runs, so that only the path, method and headers are known.
	 */
	boolean listensTo(HttpServletRequest request);

	/**
	 * How many bytes from the start of a request body this listener wants in the
	 * exchanges it listens to, or {@link #NO_BODY}. They are read ahead of the
	 * application, so that the body of a request refused before it was parsed is there
	 * too, except from a client waiting for 100 Continue and for form content, whose body
	 * holds what the application read.
	 */
	default int bodyBytes() {
		return NO_BODY;
	}

	/**
	 * Called once per exchange it listens to, after the reply, on the request's thread;
	 * the reply completes only when every listener has returned.
	 */
	void exchanged(Exchange exchange);

}
