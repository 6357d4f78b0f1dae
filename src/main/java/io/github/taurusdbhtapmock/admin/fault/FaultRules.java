package io.github.taurusdbhtapmock.admin.fault;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.platform.id.IdProperties;

/**
 * The fault rules in force. Rules are tried in the order they were added and the first
 * that fires wins, so at most one effect applies to a request. One lock guards the rules,
 * their counters and the random source, which makes each probability draw happen in
 * request order: with {@code emulator.seed} set, the same requests sent one at a time
 * meet the same faults in every run.
 */
@Component
public class FaultRules {

	private final Object lock = new Object();

	private final List<ActiveRule> rules = new ArrayList<>();

	/** {@code emulator.seed}, or null. */
	private final Long seed;

	private Random random;

	private long lastId;

	FaultRules(IdProperties ids) {
		this.seed = ids.seed();
		this.random = newRandom();
	}

	public FaultRule add(FaultRuleRequest definition) {
		synchronized (this.lock) {
			ActiveRule rule = new ActiveRule("fault-" + (++this.lastId), definition);
			this.rules.add(rule);
			return rule.view();
		}
	}

	public List<FaultRule> list() {
		synchronized (this.lock) {
			return this.rules.stream().map(ActiveRule::view).toList();
		}
	}

	public Optional<FaultRule> find(String id) {
		synchronized (this.lock) {
			return this.rules.stream().filter((rule) -> rule.id().equals(id)).findFirst().map(ActiveRule::view);
		}
	}

	public Optional<FaultRule> remove(String id) {
		synchronized (this.lock) {
			for (Iterator<ActiveRule> rules = this.rules.iterator(); rules.hasNext();) {
				ActiveRule rule = rules.next();
				if (rule.id().equals(id)) {
					rules.remove();
					return Optional.of(rule.view());
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * Removes every rule and starts the random source afresh (from {@code emulator.seed}
	 * when set), so a test that begins by clearing the rules draws the same sequence
	 * whatever ran before it. Returns how many rules there were. Rule ids keep counting,
	 * so an old id never names a new rule.
	 */
	public int clear() {
		synchronized (this.lock) {
			int removed = this.rules.size();
			this.rules.clear();
			this.random = newRandom();
			return removed;
		}
	}

	/**
	 * A source of its own rather than the shared IdGenerator's: the draws then depend
	 * only on the requests the probabilistic rules see, not on how many ids were handed
	 * out meanwhile, and clearing the rules can start them afresh.
	 */
	private Random newRandom() {
		return (this.seed != null) ? new Random(this.seed) : new Random();
	}

	/**
	 * The rule that fires on this request, if any. Each matching rule tried counts the
	 * match; rules after the one that fires are not tried.
	 */
	Firing fire(FaultTarget target) {
		synchronized (this.lock) {
			for (ActiveRule rule : this.rules) {
				if (rule.matches(target)) {
					Firing firing = rule.tryFire(this.random);
					if (firing != null) {
						return firing;
					}
				}
			}
			return null;
		}
	}

}
