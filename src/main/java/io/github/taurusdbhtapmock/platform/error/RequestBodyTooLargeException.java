package io.github.taurusdbhtapmock.platform.error;

import java.io.IOException;

/**
 * A chunked body went past the size limit while being read; answered 413 by the exception
 * handler.
 */
public class RequestBodyTooLargeException extends IOException {

	public RequestBodyTooLargeException(long maxBytes) {
		super("request body larger than " + maxBytes + " bytes");
	}

}
