package io.github.taurusdbhtapmock.admin.fault;

import java.util.Locale;
import java.util.Random;

import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.journal.PathGlob;

/**
 * A rule as {@link FaultRules} keeps it: the accepted request, its compiled matcher and
 * its counters. Not thread-safe: FaultRules guards every rule with its own lock.
 */
final class ActiveRule {

	private final String id;

	private final FaultRuleRequest definition;

	private final FaultEffect effect;

	private final String method;

	private final PathGlob path;

	private long matched;

	private long fired;

	ActiveRule(String id, FaultRuleRequest definition) {
		this.id = id;
		this.definition = definition;
		this.effect = FaultEffect.fromWire(definition.effect());
		this.method = (definition.method() != null) ? definition.method().toUpperCase(Locale.ROOT) : null;
		this.path = (definition.path() != null) ? PathGlob.compile(definition.path()) : null;
	}

	String id() {
		return this.id;
	}

	boolean matches(FaultTarget target) {
		return (this.definition.operation() == null || this.definition.operation().equals(target.operation()))
				&& (this.method == null || this.method.equalsIgnoreCase(target.method()))
				&& (this.path == null || this.path.matches(target.path()))
				&& (this.definition.projectId() == null || this.definition.projectId().equals(target.projectId()));
	}

	/**
	 * Called for a matching request: counts the match and decides whether the rule fires.
	 * The random source is drawn only for a probability strictly between 0 and 1, so
	 * certain rules leave the sequence untouched.
	 */
	Firing tryFire(Random random) {
		this.matched++;
		if (exhausted()) {
			return null;
		}
		double probability = (this.definition.probability() != null) ? this.definition.probability() : 1.0;
		if (probability <= 0.0 || (probability < 1.0 && random.nextDouble() >= probability)) {
			return null;
		}
		this.fired++;
		return new Firing(this.id, this.effect, (this.definition.status() != null) ? this.definition.status() : 0,
				this.definition.errorCode(), this.definition.errorMsg(), drawDelay(random));
	}

	private boolean exhausted() {
		return this.definition.times() != null && this.fired >= this.definition.times();
	}

	private long drawDelay(Random random) {
		if (this.effect != FaultEffect.DELAY) {
			return 0;
		}
		long min = this.definition.delayMs();
		Long max = this.definition.delayMaxMs();
		return (max == null || max == min) ? min : min + (long) (random.nextDouble() * (max - min + 1));
	}

	FaultRule view() {
		FaultRuleRequest rule = this.definition;
		Long remaining = (rule.times() != null) ? Math.max(0, rule.times() - this.fired) : null;
		return new FaultRule(this.id, rule.operation(), this.method, rule.path(), rule.projectId(),
				this.effect.wireName(), rule.status(), rule.errorCode(), rule.errorMsg(), rule.delayMs(),
				rule.delayMaxMs(), rule.times(), rule.probability(), this.matched, this.fired, remaining);
	}

}
