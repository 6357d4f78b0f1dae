package io.github.taurusdbhtapmock.admin.api;

/**
 * Which journal entries to list: the query parameters of {@code GET /_emulator/requests},
 * as text, null for a parameter not given. Every one given must match; the emulator
 * checks them as the endpoint does.
 *
 * @param method the HTTP method, in any letter case
 * @param path a path pattern: {@code *} within one segment, {@code **} across segments
 * @param project the project id in the path (the segment after {@code /v3/})
 * @param operation the SDK operation, e.g. {@code ModifyDataSync}
 * @param status the reply's status, exactly ({@code 404}) or by class ({@code 4xx})
 * @param limit at most this many of the newest matches, from 1
 */
public record JournalFilter(String method, String path, String project, String operation, String status, String limit) {

	/** Every entry the journal holds. */
	public static final JournalFilter ALL = new JournalFilter(null, null, null, null, null, null);

	public JournalFilter withMethod(String method) {
		return new JournalFilter(method, this.path, this.project, this.operation, this.status, this.limit);
	}

	public JournalFilter withPath(String path) {
		return new JournalFilter(this.method, path, this.project, this.operation, this.status, this.limit);
	}

	public JournalFilter withProject(String project) {
		return new JournalFilter(this.method, this.path, project, this.operation, this.status, this.limit);
	}

	public JournalFilter withOperation(String operation) {
		return new JournalFilter(this.method, this.path, this.project, operation, this.status, this.limit);
	}

	/** {@code 404}, or a class such as {@code 4xx}. */
	public JournalFilter withStatus(String status) {
		return new JournalFilter(this.method, this.path, this.project, this.operation, status, this.limit);
	}

	public JournalFilter withStatus(int status) {
		return withStatus(String.valueOf(status));
	}

	public JournalFilter withLimit(int limit) {
		return new JournalFilter(this.method, this.path, this.project, this.operation, this.status,
				String.valueOf(limit));
	}

}
