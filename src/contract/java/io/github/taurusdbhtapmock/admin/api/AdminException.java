package io.github.taurusdbhtapmock.admin.api;

/**
 * A control-plane call the emulator refused: the HTTP status, {@code error_code} and
 * {@code error_msg} (in English) that the {@code /_emulator} endpoint answers for the
 * same call, so a test reads the same explanation whichever way it asked.
 */
public class AdminException extends RuntimeException {

	private final int httpStatus;

	private final String errorCode;

	private final String errorMsg;

	public AdminException(int httpStatus, String errorCode, String errorMsg) {
		super(errorCode + ": " + errorMsg);
		this.httpStatus = httpStatus;
		this.errorCode = errorCode;
		this.errorMsg = errorMsg;
	}

	/** The status the HTTP control plane answers, e.g. 409. */
	public int httpStatus() {
		return this.httpStatus;
	}

	/**
	 * {@code EMULATOR.0400} (a malformed call), {@code EMULATOR.0404} (an unknown job or
	 * rule) or {@code EMULATOR.0409} (a call the current state does not allow).
	 */
	public String errorCode() {
		return this.errorCode;
	}

	/** The reason, naming every field at fault. */
	public String errorMsg() {
		return this.errorMsg;
	}

}
