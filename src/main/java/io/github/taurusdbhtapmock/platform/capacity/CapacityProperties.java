package io.github.taurusdbhtapmock.platform.capacity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much state the emulator keeps ({@code emulator.limits.*}, docs/configuration.md):
 * the quotas a tenant meets, as on the real service, how long a finished job is kept, and
 * the memory budget that no load can push the state past.
 *
 * @param tasksPerInstance replication tasks one StarRocks instance holds
 * @param tasksPerProject replication tasks one project holds, over all its instances
 * @param instancesPerProject StarRocks and TaurusDB instances one project holds
 * @param jobsPerProject jobs one project keeps; a new job makes room by forgetting the
 * oldest finished one
 * @param jobRetention how long a finished job is kept, on the emulator's clock
 * @param stateBudget the heap the state may take; none: half of the JVM's maximum heap
 * @param usersPerInstance database users one StarRocks instance holds
 */
@ConfigurationProperties("emulator.limits")
public record CapacityProperties(@DefaultValue("10000") int tasksPerInstance,
		@DefaultValue("50000") int tasksPerProject, @DefaultValue("100") int instancesPerProject,
		@DefaultValue("100000") int jobsPerProject, @DefaultValue("24h") Duration jobRetention, DataSize stateBudget,
		@DefaultValue("1000") int usersPerInstance) {

	public static final String PREFIX = "emulator.limits.";

	public CapacityProperties {
		requirePositive("tasks-per-instance", tasksPerInstance);
		requirePositive("tasks-per-project", tasksPerProject);
		requirePositive("instances-per-project", instancesPerProject);
		requirePositive("jobs-per-project", jobsPerProject);
		requirePositive("users-per-instance", usersPerInstance);
		if (jobRetention.isNegative()) {
			throw new IllegalArgumentException(PREFIX + "job-retention must not be negative");
		}
		if (stateBudget != null && stateBudget.toBytes() <= 0) {
			throw new IllegalArgumentException(PREFIX + "state-budget must be positive");
		}
	}

	private static void requirePositive(String key, int value) {
		if (value <= 0) {
			throw new IllegalArgumentException(PREFIX + key + " must be at least 1");
		}
	}

}
