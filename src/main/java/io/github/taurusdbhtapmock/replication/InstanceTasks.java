package io.github.taurusdbhtapmock.replication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tasks of one StarRocks instance. Not thread-safe by itself: {@link TaskRepository} hands it out only
 * under the instance's lock, so a check and the write that depends on it happen as one step.
 */
public final class InstanceTasks {

	private final Map<String, ReplicationTask> byName = new LinkedHashMap<>();

	InstanceTasks() {
	}

	public Optional<ReplicationTask> byName(String taskName) {
		return Optional.ofNullable(this.byName.get(taskName));
	}

	public Optional<ReplicationTask> byDatabases(String sourceDatabase, String targetDatabase) {
		return this.byName.values()
			.stream()
			.filter((task) -> task.sourceDatabase().equals(sourceDatabase) && task.targetDatabase().equals(targetDatabase))
			.findFirst();
	}

	public Optional<ReplicationTask> byTargetDatabase(String targetDatabase) {
		return this.byName.values().stream().filter((task) -> task.targetDatabase().equals(targetDatabase)).findFirst();
	}

	public void save(ReplicationTask task) {
		this.byName.put(task.taskName(), task);
	}

	List<ReplicationTask> all() {
		return new ArrayList<>(this.byName.values());
	}

}
