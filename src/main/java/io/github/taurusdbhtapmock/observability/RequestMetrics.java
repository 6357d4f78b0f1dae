package io.github.taurusdbhtapmock.observability;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * {@value #NAME}: a timer per SDK operation, outcome and error code, with histogram
 * buckets. Timers are looked up once per combination and kept, so recording a call costs
 * a map lookup and an atomic add, not a registry search with fresh tags.
 */
@Component
class RequestMetrics {

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

	private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

	RequestMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void record(Call call) {
		Key key = new Key((call.operation() != null) ? call.operation() : UNKNOWN_OPERATION, call.outcome(),
				(call.errorCode() != null) ? call.errorCode() : NO_ERROR);
		Timer timer = this.timers.get(key);
		if (timer == null) {
			timer = this.timers.computeIfAbsent(key, this::register);
		}
		timer.record(call.nanos(), TimeUnit.NANOSECONDS);
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
