package io.github.taurusdbhtapmock.admin.journal;

import java.util.Locale;
import java.util.function.Predicate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.github.taurusdbhtapmock.admin.api.JournalEntry;

/**
 * The filters of {@code GET /_emulator/requests}, as sent (all optional): {@code method}
 * (any case), {@code path} (a {@link PathGlob}), {@code project} (the project id in the
 * path), {@code operation} (the SDK operation name), {@code status} (404, or a class such
 * as 4xx) and {@code limit} (how many of the newest matches).
 */
record JournalQuery(@Pattern(regexp = "[A-Za-z]+", message = "{validation.http-method}") String method,
		@Pattern(regexp = "/\\S*", message = "{validation.path-pattern}") String path,
		@Size(min = 1, max = 128) String project,
		@Pattern(regexp = "[A-Za-z][A-Za-z0-9]*", message = "{validation.sdk-operation}") String operation,
		@Pattern(regexp = "[1-5][0-9][0-9]|[1-5][xX][xX]", message = "{validation.status-filter}") String status,
		@Pattern(regexp = "[1-9][0-9]{0,8}", message = "{validation.journal-limit}") String limit) {

	static final String[] PARAMETERS = { "method", "path", "project", "operation", "status", "limit" };

	/** Call on a valid query only. */
	Predicate<JournalEntry> filter() {
		Predicate<JournalEntry> filter = (entry) -> true;
		if (this.method != null) {
			String wanted = this.method.toUpperCase(Locale.ROOT);
			filter = filter.and((entry) -> wanted.equalsIgnoreCase(entry.method()));
		}
		if (this.path != null) {
			PathGlob glob = PathGlob.compile(this.path);
			filter = filter.and((entry) -> glob.matches(entry.path()));
		}
		if (this.project != null) {
			filter = filter.and((entry) -> this.project.equals(entry.projectId()));
		}
		if (this.operation != null) {
			filter = filter.and((entry) -> this.operation.equals(entry.operation()));
		}
		if (this.status != null) {
			filter = filter.and(statusFilter(this.status));
		}
		return filter;
	}

	/** Call on a valid query only. */
	int limitOr(int whenAbsent) {
		return (this.limit != null) ? Integer.parseInt(this.limit) : whenAbsent;
	}

	private static Predicate<JournalEntry> statusFilter(String status) {
		if (Character.isDigit(status.charAt(1))) {
			int exact = Integer.parseInt(status);
			return (entry) -> entry.status() != null && entry.status() == exact;
		}
		int hundreds = status.charAt(0) - '0';
		return (entry) -> entry.status() != null && entry.status() / 100 == hundreds;
	}

}
