package io.github.taurusdbhtapmock.service.replication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.platform.capacity.StateItem;
import io.github.taurusdbhtapmock.platform.capacity.StateMeter;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;
import io.github.taurusdbhtapmock.service.topology.InstanceStore;
import io.github.taurusdbhtapmock.service.topology.InstanceStore.InstanceKey;

/**
 * Replication tasks by tenant project and StarRocks instance, in an
 * {@link InstanceStore}: work on one instance's tasks runs under that instance's lock,
 * and replacing everything (a state import, a reset) waits for work under way and holds
 * new work back. Every saved task is logged, so it survives a crash when persistence is
 * on.
 */
@Repository
public class TaskRepository implements StateMeter {

	/** The log record of a task's write: the task as it now is. */
	static final String SAVED = TaskSnapshots.NAME + ".saved";

	/** The log record of a clearing: the project cleared, or every project. */
	static final String CLEARED = TaskSnapshots.NAME + ".cleared";

	private final InstanceStore<InstanceTasks> instances;

	private final Clock clock;

	public TaskRepository(Clock clock, ReplicationProperties properties, WriteLog writeLog) {
		this.clock = clock;
		this.instances = new InstanceStore<>(writeLog, CLEARED,
				(key) -> new InstanceTasks(properties.fullSyncDuration(),
						(task) -> writeLog.append(SAVED, () -> TaskSnapshots.snapshot(task))));
	}

	/** Runs {@code work} on the instance's tasks, settled to now, under its lock. */
	public <T> T withInstance(String projectId, String instanceId, Function<InstanceTasks, T> work) {
		return this.instances.withInstance(projectId, instanceId, (tasks) -> {
			tasks.startWork(this.clock.instant());
			return work.apply(tasks);
		});
	}

	/** Every task, settled to now, in creation order per instance. */
	public List<ReplicationTask> all() {
		List<ReplicationTask> all = new ArrayList<>();
		this.instances.instances()
			.forEach((key) -> all.addAll(withInstance(key.projectId(), key.instanceId(), InstanceTasks::all)));
		return all;
	}

	/** How many tasks there are, settled to now. */
	public int count() {
		int count = 0;
		for (InstanceKey key : this.instances.instances()) {
			count += withInstance(key.projectId(), key.instanceId(), InstanceTasks::count);
		}
		return count;
	}

	/**
	 * The tasks a project's instances hold, settled or not. Read without their locks, so
	 * a create on another instance of the project running at the same time may not be
	 * counted yet.
	 */
	public int projectSize(String projectId) {
		return (int) this.instances.total(projectId, InstanceTasks::size);
	}

	/**
	 * Settles every instance of the project to now, each under its own lock: tasks whose
	 * deletion has completed are gone. Called holding no instance's lock.
	 */
	public void settleProject(String projectId) {
		for (InstanceKey key : this.instances.instances()) {
			if (key.projectId().equals(projectId)) {
				withInstance(key.projectId(), key.instanceId(), InstanceTasks::count);
			}
		}
	}

	@Override
	public StateItem item() {
		return StateItem.TASK;
	}

	/** The tasks held, settled or not: what takes heap. */
	@Override
	public long held() {
		return this.instances.total(null, InstanceTasks::size);
	}

	/**
	 * Forgets the tasks of one project, or of every project when {@code projectId} is
	 * null.
	 */
	public void clear(String projectId) {
		this.instances.clear(projectId);
	}

	/** Replaces every task at once; the tasks must already have passed every check. */
	public void replaceAll(List<ReplicationTask> tasks) {
		this.instances.replaceAll(() -> {
			for (ReplicationTask task : tasks) {
				this.instances.withInstance(task.projectId(), task.instanceId(), (instanceTasks) -> {
					instanceTasks.save(task);
					return null;
				});
			}
		});
	}

}
