package io.github.taurusdbhtapmock.admin.journal;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.platform.web.Exchange;
import io.github.taurusdbhtapmock.platform.web.ExchangeListener;

/**
 * Writes every exchange with the emulated API into the {@link RequestJournal}, as the
 * client saw it: 401s, 404s and fault replies included, and the start of every body, read
 * or not, with its passwords masked ({@link BodySecrets}).
 */
@Component
class JournalListener implements ExchangeListener {

	private final RequestJournal journal;

	private final int maxBodyBytes;

	/**
	 * With the control plane switched off nobody can read the journal, so it is not
	 * written either.
	 */
	private final boolean readable;

	JournalListener(RequestJournal journal, JournalProperties properties, ControlPlaneProperties controlPlane) {
		this.journal = journal;
		this.maxBodyBytes = properties.maxBodyBytes();
		this.readable = controlPlane.enabled();
	}

	@Override
	public boolean listensTo(HttpServletRequest request) {
		return this.readable && this.journal.enabled() && !RequestPaths.isEmulatorMachinery(request);
	}

	@Override
	public int bodyBytes() {
		return this.maxBodyBytes;
	}

	@Override
	public void exchanged(Exchange exchange) {
		Exchange.Fault fault = exchange.fault();
		this.journal
			.record(new JournalEntry(0, exchange.time().truncatedTo(ChronoUnit.MILLIS).toString(), exchange.method(),
					exchange.path(), exchange.query(), exchange.operation(), RequestPaths.projectId(exchange.path()),
					exchange.status(), exchange.requestId(), TimeUnit.NANOSECONDS.toMillis(exchange.durationNanos()),
					exchange.headers(), BodySecrets.mask(exchange.body()), exchange.bodyTruncated(),
					(fault != null) ? new JournalEntry.Fault(fault.ruleId(), fault.effect(), fault.delayMs()) : null));
	}

}
