package io.github.taurusdbhtapmock.observability;

/**
 * One answered request, as the per-call log line and the request metrics see it.
 *
 * @param operation the SDK's name of the operation, or null when the request reached no
 * emulated operation
 * @param target what the request asked for when there is no operation:
 * {@code METHOD /path}, without the query
 * @param controlPlane a call to the emulator's own /_emulator endpoints, not to the
 * emulated API
 * @param errorCode the error_code of the reply; null for a success
 * @param fault the effect of the fault rule that fired on the call ({@code error},
 * {@code delay}, {@code drop}), or null
 * @param faultRule the id of that rule, or null
 */
record Call(String operation, String target, boolean controlPlane, String projectId, String instanceId, String taskName,
		int status, String errorCode, long nanos, String requestId, String fault, String faultRule) {

	static final String DROP = "drop";

	/**
	 * What the line leads with: the operation's name, as in the SDK, else the method and
	 * path.
	 */
	String label() {
		return (this.operation != null) ? this.operation : this.target;
	}

	/**
	 * A fault rule closed the connection: the client got no reply, whatever the status
	 * says.
	 */
	boolean dropped() {
		return DROP.equals(this.fault);
	}

	/**
	 * The outcome tag, spelled as Spring's http.server.requests spells it so dashboards
	 * can share filters.
	 */
	String outcome() {
		if (dropped()) {
			return "UNKNOWN";
		}
		if (this.status >= 500) {
			return "SERVER_ERROR";
		}
		if (this.status >= 400) {
			return "CLIENT_ERROR";
		}
		return (this.status >= 200 && this.status < 300) ? "SUCCESS" : "UNKNOWN";
	}

}
