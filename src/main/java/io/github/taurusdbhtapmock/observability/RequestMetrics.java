package io.github.taurusdbhtapmock.observability;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.web.Exchange;
import io.github.taurusdbhtapmock.platform.web.ExchangeListener;

/**
 * {@value #NAME}: a timer per SDK operation, outcome and error code, with histogram
 * buckets. Timers are looked up once per combination and kept, so recording a call costs
 * a map lookup and an atomic add, not a registry search with fresh tags.
 */
@Component
class RequestMetrics implements ExchangeListener {

	static final String NAME = "emulator.requests";

	/**
	 * Every request that reached no emulated operation: its path would make the tag
	 * unbounded.
	 */
	static final String UNKNOWN_OPERATION = "unknown";

	static final String NO_ERROR = "none";

	/**
	 * From a quarter millisecond, where the emulator answers most calls, to the seconds
	 * an injected delay can add. Overridable with
	 * management.metrics.distribution.slo.emulator.requests.
	 */
	private static final Duration[] BUCKETS = { Duration.ofMillis(1).dividedBy(4), Duration.ofMillis(1).dividedBy(2),
			Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
			Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
			Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
			Duration.ofSeconds(10) };

	private final MeterRegistry registry;

	private final ObservedRequests observed;

	private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

	RequestMetrics(MeterRegistry registry, ObservedRequests observed) {
		this.registry = registry;
		this.observed = observed;
	}

	/** Calls to the emulated API (and unknown routes), not to the control plane. */
	@Override
	public boolean listensTo(HttpServletRequest request) {
		return this.observed.observed(request);
	}

	@Override
	public void exchanged(Exchange call) {
		if (ObservedRequests.isControlPlane(call.path())) {
			return;
		}
		Key key = new Key((call.operation() != null) ? call.operation() : UNKNOWN_OPERATION, outcome(call),
				(call.errorCode() != null) ? call.errorCode() : NO_ERROR);
		Timer timer = this.timers.get(key);
		if (timer == null) {
			timer = this.timers.computeIfAbsent(key, this::register);
		}
		timer.record(call.durationNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * The outcome tag, spelled as Spring's http.server.requests spells it so dashboards
	 * can share filters. A dropped connection carried no reply: its outcome is unknown.
	 */
	static String outcome(Exchange call) {
		if (call.droppedConnection()) {
			return "UNKNOWN";
		}
		int status = call.status();
		if (status >= 500) {
			return "SERVER_ERROR";
		}
		if (status >= 400) {
			return "CLIENT_ERROR";
		}
		return (status >= 200 && status < 300) ? "SUCCESS" : "UNKNOWN";
	}

	private Timer register(Key key) {
		return Timer.builder(NAME)
			.description("Calls to the emulated API, by SDK operation, outcome and error code")
			.tag("operation", key.operation())
			.tag("outcome", key.outcome())
			.tag("error_code", key.errorCode())
			.serviceLevelObjectives(BUCKETS)
			.register(this.registry);
	}

	private record Key(String operation, String outcome, String errorCode) {
	}

}
