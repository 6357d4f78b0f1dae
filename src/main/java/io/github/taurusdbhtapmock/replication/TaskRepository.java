package io.github.taurusdbhtapmock.replication;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Repository;

/**
 * Replication tasks by tenant project and StarRocks instance. Work on one instance's tasks runs under that
 * instance's lock, so concurrent writes to the same instance are serialized and writes to different
 * instances never wait for each other.
 */
@Repository
public class TaskRepository {

	private final Map<InstanceKey, InstanceTasks> instances = new ConcurrentHashMap<>();

	public <T> T withInstance(String projectId, String instanceId, Function<InstanceTasks, T> work) {
		InstanceTasks tasks = this.instances.computeIfAbsent(new InstanceKey(projectId, instanceId),
				(key) -> new InstanceTasks());
		synchronized (tasks) {
			return work.apply(tasks);
		}
	}

	public Optional<ReplicationTask> find(String projectId, String instanceId, String taskName) {
		return withInstance(projectId, instanceId, (tasks) -> tasks.byName(taskName));
	}

	/** The destination databases the instance's tasks write, as StarRocks lists its databases. */
	public java.util.List<String> targetDatabases(String projectId, String instanceId) {
		return withInstance(projectId, instanceId,
				(tasks) -> tasks.all().stream().map(ReplicationTask::targetDatabase).sorted().toList());
	}

	public int count() {
		return this.instances.values().stream().mapToInt((tasks) -> {
			synchronized (tasks) {
				return tasks.all().size();
			}
		}).sum();
	}

	private record InstanceKey(String projectId, String instanceId) {
	}

}
