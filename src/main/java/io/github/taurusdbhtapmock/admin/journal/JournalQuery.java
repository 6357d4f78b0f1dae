package io.github.taurusdbhtapmock.admin.journal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * The checked twin of the published {@link JournalFilter}: the filters of
 * {@code GET /_emulator/requests}, as sent (all optional): {@code method} (any case),
 * {@code path} (a {@link PathGlob}), {@code project} (the project id in the path),
 * {@code operation} (the SDK operation name), {@code status} (404, or a class such as
 * 4xx) and {@code limit} (how many of the newest matches).
 */
public record JournalQuery(@Pattern(regexp = "[A-Za-z]+", message = "{validation.http-method}") String method,
		@Pattern(regexp = "/\\S*", message = "{validation.path-pattern}") String path,
		@Size(min = 1, max = 128) String project,
		@Pattern(regexp = "[A-Za-z][A-Za-z0-9]*", message = "{validation.sdk-operation}") String operation,
		@Pattern(regexp = "[1-5][0-9][0-9]|[1-5][xX][xX]", message = "{validation.status-filter}") String status,
		@Pattern(regexp = "[1-9][0-9]{0,8}", message = "{validation.journal-limit}") String limit) {

	private static final List<String> PARAMETERS = List.of("method", "path", "project", "operation", "status", "limit");

	public static JournalQuery of(JournalFilter filter) {
		return new JournalQuery(filter.method(), filter.path(), filter.project(), filter.operation(), filter.status(),
				filter.limit());
	}

	/**
	 * The filter a query string gives. A misspelt parameter is refused instead of
	 * ignored: a filter that silently does not apply would make a test assert on the
	 * wrong entries. A parameter given twice arrives comma-joined and fails its check.
	 */
	public static JournalFilter filter(Map<String, List<String>> parameters) {
		for (String name : parameters.keySet()) {
			if (!PARAMETERS.contains(name)) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.unknown-query-parameter", name,
						String.join(", ", PARAMETERS));
			}
		}
		return new JournalFilter(single(parameters, "method"), single(parameters, "path"),
				single(parameters, "project"), single(parameters, "operation"), single(parameters, "status"),
				single(parameters, "limit"));
	}

	private static String single(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null) ? null : String.join(",", values);
	}

	/** Call on a valid query only. */
	public Predicate<JournalEntry> filter() {
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
	public int limitOr(int whenAbsent) {
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
