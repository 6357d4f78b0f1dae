package io.github.taurusdbhtapmock.replication;

import java.time.Clock;
import java.util.List;
import java.util.Map;
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

	private final Clock clock;

	private final ReplicationProperties properties;

	public TaskRepository(Clock clock, ReplicationProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	public <T> T withInstance(String projectId, String instanceId, Function<InstanceTasks, T> work) {
		InstanceTasks tasks = this.instances.computeIfAbsent(new InstanceKey(projectId, instanceId),
				(key) -> new InstanceTasks(this.properties.fullSyncDuration()));
		synchronized (tasks) {
			tasks.startWork(this.clock.instant());
			return work.apply(tasks);
		}
	}

	/** The destination databases the instance's tasks write, as StarRocks lists its databases. */
	public List<String> targetDatabases(String projectId, String instanceId) {
		return withInstance(projectId, instanceId,
				(tasks) -> tasks.all().stream().map(ReplicationTask::targetDatabase).sorted().toList());
	}

	public int count() {
		return this.instances.keySet()
			.stream()
			.mapToInt((key) -> withInstance(key.projectId(), key.instanceId(), (tasks) -> tasks.all().size()))
			.sum();
	}

	private record InstanceKey(String projectId, String instanceId) {
	}

}
