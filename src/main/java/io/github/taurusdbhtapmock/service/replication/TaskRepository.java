package io.github.taurusdbhtapmock.service.replication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.platform.capacity.StateItem;
import io.github.taurusdbhtapmock.platform.capacity.StateMeter;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;

/**
 * Replication tasks by tenant project and StarRocks instance. Work on one instance's
 * tasks runs under that instance's lock, so concurrent writes to the same instance are
 * serialized and writes to different instances never wait for each other. Replacing
 * everything (a state import, a reset) waits for work under way and holds new work back,
 * so no request sees half of the old state and half of the new.
 */
@Repository
public class TaskRepository implements StateMeter {

	/** The log record of a task's write: the task as it now is. */
	static final String SAVED = TaskSnapshots.NAME + ".saved";

	/** The log record of a clearing: the project cleared, or every project. */
	static final String CLEARED = TaskSnapshots.NAME + ".cleared";

	private final Map<InstanceKey, InstanceTasks> instances = new ConcurrentHashMap<>();

	private final ReadWriteLock wholeState = new ReentrantReadWriteLock();

	private final Clock clock;

	private final ReplicationProperties properties;

	private final WriteLog writeLog;

	public TaskRepository(Clock clock, ReplicationProperties properties, WriteLog writeLog) {
		this.clock = clock;
		this.properties = properties;
		this.writeLog = writeLog;
	}

	public <T> T withInstance(String projectId, String instanceId, Function<InstanceTasks, T> work) {
		this.wholeState.readLock().lock();
		try {
			InstanceTasks tasks = this.instances.computeIfAbsent(new InstanceKey(projectId, instanceId),
					(key) -> newInstanceTasks());
			synchronized (tasks) {
				tasks.startWork(this.clock.instant());
				return work.apply(tasks);
			}
		}
		finally {
			this.wholeState.readLock().unlock();
		}
	}

	/** Every task, settled to now, in creation order per instance. */
	public List<ReplicationTask> all() {
		List<ReplicationTask> all = new ArrayList<>();
		this.instances.keySet()
			.forEach((key) -> all.addAll(withInstance(key.projectId(), key.instanceId(), InstanceTasks::all)));
		return all;
	}

	/** How many tasks there are, settled to now. */
	public int count() {
		int count = 0;
		for (InstanceKey key : this.instances.keySet()) {
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
		int size = 0;
		for (Map.Entry<InstanceKey, InstanceTasks> instance : this.instances.entrySet()) {
			if (instance.getKey().projectId().equals(projectId)) {
				size += instance.getValue().size();
			}
		}
		return size;
	}

	/**
	 * Settles every instance of the project to now, each under its own lock: tasks whose
	 * deletion has completed are gone. Called holding no instance's lock.
	 */
	public void settleProject(String projectId) {
		for (InstanceKey key : this.instances.keySet()) {
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
		long held = 0;
		for (InstanceTasks tasks : this.instances.values()) {
			held += tasks.size();
		}
		return held;
	}

	/**
	 * Forgets the tasks of one project, or of every project when {@code projectId} is
	 * null.
	 */
	public void clear(String projectId) {
		replace(() -> {
			this.instances.keySet().removeIf((key) -> projectId == null || key.projectId().equals(projectId));
			this.writeLog.append(CLEARED, () -> new ProjectScope(projectId));
		});
	}

	/** Replaces every task at once; the tasks must already have passed every check. */
	public void replaceAll(List<ReplicationTask> tasks) {
		replace(() -> {
			this.instances.clear();
			this.writeLog.append(CLEARED, () -> new ProjectScope(null));
			for (ReplicationTask task : tasks) {
				this.instances
					.computeIfAbsent(new InstanceKey(task.projectId(), task.instanceId()), (key) -> newInstanceTasks())
					.save(task);
			}
		});
	}

	/** Every saved task is logged, so it survives a crash when persistence is on. */
	private InstanceTasks newInstanceTasks() {
		return new InstanceTasks(this.properties.fullSyncDuration(),
				(task) -> this.writeLog.append(SAVED, () -> TaskSnapshots.snapshot(task)));
	}

	private void replace(Runnable change) {
		this.wholeState.writeLock().lock();
		try {
			change.run();
		}
		finally {
			this.wholeState.writeLock().unlock();
		}
	}

	private record InstanceKey(String projectId, String instanceId) {
	}

}
