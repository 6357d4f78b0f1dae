package io.github.taurusdbhtapmock.platform.capacity;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code stateBudget}, part of the readiness group: DOWN while the state is at its
 * budget, so an orchestrator or a test harness sees that the emulator takes no new state.
 * Liveness stays UP: reads, the control plane and reset still answer.
 */
@Component
class StateBudgetHealthIndicator implements HealthIndicator {

	private final StateBudget budget;

	StateBudgetHealthIndicator(StateBudget budget) {
		this.budget = budget;
	}

	@Override
	public Health health() {
		StateBudget.Usage usage = this.budget.usage();
		Health.Builder health = usage.full() ? Health.down().withDetail("reason", usage.reason()) : Health.up();
		return health.withDetail("used_bytes", usage.usedBytes())
			.withDetail("budget_bytes", usage.budgetBytes())
			.build();
	}

}
