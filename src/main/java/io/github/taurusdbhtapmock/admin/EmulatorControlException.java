package io.github.taurusdbhtapmock.admin;

/**
 * A control-plane call made in Java that the emulator refused: the same
 * {@code error_code} and {@code error_msg} (in English) and HTTP status that the control
 * plane's HTTP API answers for the same call, so a test reads the same explanation
 * whichever way it asked.
 */
public class EmulatorControlException extends RuntimeException {

	private final int httpStatus;

	private final String errorCode;

	private final String errorMsg;

	public EmulatorControlException(int httpStatus, String errorCode, String errorMsg) {
		super(errorCode + ": " + errorMsg);
		this.httpStatus = httpStatus;
		this.errorCode = errorCode;
		this.errorMsg = errorMsg;
	}

	/** The status the HTTP control plane answers, e.g. 409. */
	public int httpStatus() {
		return this.httpStatus;
	}

	/** e.g. {@code EMULATOR.0409}. */
	public String errorCode() {
		return this.errorCode;
	}

	public String errorMsg() {
		return this.errorMsg;
	}

}
