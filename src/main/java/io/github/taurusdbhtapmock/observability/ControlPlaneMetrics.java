package io.github.taurusdbhtapmock.observability;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.admin.journal.RequestJournal;
import io.github.taurusdbhtapmock.platform.web.Exchange;
import io.github.taurusdbhtapmock.platform.web.ExchangeListener;

/**
 * The meters of the control plane's own features: {@value #FAULTS_FIRED}, counted from
 * the fault each exchange records, and {@value #JOURNAL_SIZE}, read from the request
 * journal when scraped. Neither feature needs to know about metrics.
 */
@Component
class ControlPlaneMetrics implements ExchangeListener {

	static final String FAULTS_FIRED = "emulator.faults.fired";

	static final String JOURNAL_SIZE = "emulator.journal.size";

	private final MeterRegistry registry;

	private final ObservedRequests observed;

	private final ConcurrentMap<FaultKey, Counter> faultsFired = new ConcurrentHashMap<>();

	ControlPlaneMetrics(MeterRegistry registry, ObjectProvider<RequestJournal> journal, ObservedRequests observed) {
		this.registry = registry;
		this.observed = observed;
		journal.ifAvailable((requests) -> Gauge.builder(JOURNAL_SIZE, requests, RequestJournal::size)
			.description("Calls held in the request journal")
			.register(registry));
	}

	/**
	 * Tagged by SDK operation and effect ({@code error}, {@code delay}, {@code drop}),
	 * not by rule: rule ids are made up by each test, and would add series without bound.
	 */
	@Override
	public boolean listensTo(HttpServletRequest request) {
		return this.observed.observed(request);
	}

	@Override
	public void exchanged(Exchange call) {
		if (call.fault() == null) {
			return;
		}
		FaultKey key = new FaultKey((call.operation() != null) ? call.operation() : RequestMetrics.UNKNOWN_OPERATION,
				call.fault().effect());
		Counter counter = this.faultsFired.get(key);
		if (counter == null) {
			counter = this.faultsFired.computeIfAbsent(key,
					(k) -> Counter.builder(FAULTS_FIRED)
						.description("Calls a fault rule fired on, by SDK operation and effect")
						.tag("operation", k.operation())
						.tag("fault", k.fault())
						.register(this.registry));
		}
		counter.increment();
	}

	private record FaultKey(String operation, String fault) {
	}

}
