package io.github.taurusdbhtapmock.service.instancesettings;

/**
 * The query queue's thresholds of a StarRocks instance, as its FE variables name them.
 * {@link #DEFAULT} is what a new instance has: StarRocks' own defaults, where 0 means no
 * limit.
 */
public record QueueRule(int maxQueuedQueries, int pendingTimeoutSecond, int concurrencyLimit, int memUsedPctLimit,
		int cpuUsedPctLimit) {

	public static final QueueRule DEFAULT = new QueueRule(1024, 300, 0, 0, 0);

	public static final int MAX_QUEUED_QUERIES = 1_000_000;

	public static final int MAX_PENDING_TIMEOUT_SECOND = 86_400;

	public static final int MAX_CONCURRENCY_LIMIT = 100_000;

	public static final int MAX_PERCENT = 100;

	/** A rule with the given thresholds changed; a null threshold keeps its value. */
	public QueueRule with(Integer maxQueued, Integer pendingTimeout, Integer concurrency, Integer memPct,
			Integer cpuPct) {
		return new QueueRule(or(maxQueued, this.maxQueuedQueries), or(pendingTimeout, this.pendingTimeoutSecond),
				or(concurrency, this.concurrencyLimit), or(memPct, this.memUsedPctLimit),
				or(cpuPct, this.cpuUsedPctLimit));
	}

	/** Whether every threshold is within the range the API accepts. */
	public boolean inRange() {
		return within(this.maxQueuedQueries, 0, MAX_QUEUED_QUERIES)
				&& within(this.pendingTimeoutSecond, 1, MAX_PENDING_TIMEOUT_SECOND)
				&& within(this.concurrencyLimit, 0, MAX_CONCURRENCY_LIMIT)
				&& within(this.memUsedPctLimit, 0, MAX_PERCENT) && within(this.cpuUsedPctLimit, 0, MAX_PERCENT);
	}

	private static boolean within(int value, int min, int max) {
		return value >= min && value <= max;
	}

	private static int or(Integer value, int current) {
		return (value != null) ? value : current;
	}

}
