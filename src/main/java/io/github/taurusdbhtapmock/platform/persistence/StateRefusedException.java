package io.github.taurusdbhtapmock.platform.persistence;

import io.github.taurusdbhtapmock.platform.error.ApiException;

/**
 * An item of a state document that one of the API's own checks refuses: the control plane
 * answers the API's reason, prefixed with where the item is.
 */
public class StateRefusedException extends RuntimeException {

	private final String where;

	private final transient ApiException reason;

	/**
	 * {@code where}: the item, as the document's JSON path names it ({@code tasks[3]}).
	 */
	public StateRefusedException(String where, ApiException reason) {
		super(where + ": " + reason.getMessage(), reason, false, false);
		this.where = where;
		this.reason = reason;
	}

	public String where() {
		return this.where;
	}

	public ApiException reason() {
		return this.reason;
	}

}
