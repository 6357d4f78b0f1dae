package io.github.taurusdbhtapmock.platform.capacity;

/**
 * What the state is made of, with the heap each item costs: live heap after a forced
 * collection, before and after creating many of them with the shipped JVM options
 * (docs/decisions.md, 29). A topology entry (an instance, read replica, database or
 * table) is estimated, not measured: topologies are small.
 */
public enum StateItem {

	TASK(500), JOB(200), TOPOLOGY_ENTRY(1024),

	/**
	 * A database user of a StarRocks instance: estimated, not measured, from its strings
	 * (name, salted hash, a few database names) with their headers.
	 */
	DATABASE_USER(600);

	private final long bytes;

	StateItem(long bytes) {
		this.bytes = bytes;
	}

	public long bytes() {
		return this.bytes;
	}

}
