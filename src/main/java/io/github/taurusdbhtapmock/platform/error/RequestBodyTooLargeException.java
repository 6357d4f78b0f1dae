package io.github.taurusdbhtapmock.platform.error;

import java.io.IOException;

/**
 * A body went past its size limit while being read; answered 413 by whoever reads it (the
 * pipeline's body step, or the exception handler when the application was reading).
 */
public class RequestBodyTooLargeException extends IOException {

	private final long maxBytes;

	private final String setting;

	public RequestBodyTooLargeException(long maxBytes) {
		this(maxBytes, "emulator.limits.max-body-size");
	}

	/**
	 * @param maxBytes the limit the body went past
	 * @param setting the configuration key that raises it, named in the control plane's
	 * refusal
	 */
	public RequestBodyTooLargeException(long maxBytes, String setting) {
		super("request body larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
		this.setting = setting;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	public String setting() {
		return this.setting;
	}

}
