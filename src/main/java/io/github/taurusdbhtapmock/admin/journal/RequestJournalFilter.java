package io.github.taurusdbhtapmock.admin.journal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;
import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;
import io.github.taurusdbhtapmock.gateway.pipeline.RequestIdFilter;
import io.github.taurusdbhtapmock.platform.web.RequestIds;
import io.github.taurusdbhtapmock.platform.web.SdkOperations;

/**
 * Writes every exchange with the emulated API into the {@link RequestJournal}. It runs
 * right after {@link RequestIdFilter}, around everything else, so it sees what the client
 * saw: 401s, 404s and fault replies included, with the status and request id read from
 * the response once the chain has answered.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestJournalFilter extends OncePerRequestFilter {

	private static final String REDACTED = "[redacted]";

	/** Credentials, which a journal that tests print on failure must not show. */
	private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-auth-token", "x-security-token",
			"x-emulator-token");

	private final RequestJournal journal;

	private final int maxBodyBytes;

	/**
	 * Real time: a manual emulator clock stands still, and the journal records when
	 * requests really came.
	 */
	private final Clock clock;

	/**
	 * With the control plane switched off nobody can read the journal, so it is not
	 * written either.
	 */
	private final boolean readable;

	RequestJournalFilter(RequestJournal journal, JournalProperties properties, ControlPlaneProperties controlPlane,
			Clock clock) {
		this.journal = journal;
		this.maxBodyBytes = properties.maxBodyBytes();
		this.readable = controlPlane.enabled();
		this.clock = (clock instanceof EmulatorClock emulatorClock) ? emulatorClock.wallClock() : clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.readable || !this.journal.enabled() || RequestPaths.isEmulatorMachinery(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Instant time = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		long start = System.nanoTime();
		BodyCapturingRequest capturing = new BodyCapturingRequest(request, this.maxBodyBytes);
		capturing.readAhead();
		boolean failed = true;
		try {
			chain.doFilter(capturing, response);
			failed = false;
		}
		finally {
			// an exception escaping the chain becomes the container's 500 after this
			// filter has returned
			this.journal.record(entry(capturing, response, failed ? 500 : response.getStatus(), time,
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
		}
	}

	private JournalEntry entry(BodyCapturingRequest request, HttpServletResponse response, int status, Instant time,
			long durationMs) {
		JournalEntry.Fault fault = JournalNotes.fault(request);
		String path = request.getRequestURI();
		return new JournalEntry(0, time.toString(), request.getMethod(), path, request.getQueryString(),
				SdkOperations.of(request), RequestPaths.projectId(path),
				(fault != null && fault.droppedConnection()) ? null : status, response.getHeader(RequestIds.HEADER),
				durationMs, headers(request), request.body(), request.truncated(), fault);
	}

	/**
	 * Names lower-cased (HTTP/2 sends them so anyway), repeated headers joined with ", ",
	 * credentials hidden.
	 */
	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new TreeMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			String key = name.toLowerCase(Locale.ROOT);
			String value = SECRET_HEADERS.contains(key) ? REDACTED
					: String.join(", ", Collections.list(request.getHeaders(name)));
			headers.merge(key, value, (first, second) -> first + ", " + second);
		}
		return headers;
	}

}
