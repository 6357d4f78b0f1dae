package io.github.taurusdbhtapmock.service.replication;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tasks of one StarRocks instance, in creation order, each settled to the time of the
 * current piece of work before it is handed out. Not thread-safe by itself:
 * {@link TaskRepository} hands it out only under the instance's lock, so a check and the
 * write that depends on it happen as one step.
 */
public final class InstanceTasks {

	private final Map<String, ReplicationTask> byName = new LinkedHashMap<>();

	/**
	 * Which task writes each destination database (one at most, the service sees to
	 * that), so that the check every create makes does not read every task of the
	 * instance.
	 */
	private final Map<String, String> taskByTarget = new HashMap<>();

	/**
	 * The tasks being deleted: the only ones a read can find gone, so that counting and
	 * paging settle these and not every task of the instance.
	 */
	private final Set<String> deleting = new HashSet<>();

	private final Duration fullSync;

	private final Consumer<ReplicationTask> onSave;

	private Instant now;

	/**
	 * How many tasks the instance holds, settled or not, readable without its lock: the
	 * project's quota adds up its instances while holding one of them.
	 */
	private volatile int size;

	InstanceTasks(Duration fullSync, Consumer<ReplicationTask> onSave) {
		this.fullSync = fullSync;
		this.onSave = onSave;
	}

	/** Called by the repository, under the lock, before each piece of work. */
	void startWork(Instant workTime) {
		this.now = workTime;
	}

	/** The time of the current piece of work: what every timestamp it writes uses. */
	public Instant now() {
		return this.now;
	}

	public Duration fullSync() {
		return this.fullSync;
	}

	public Optional<ReplicationTask> byName(String taskName) {
		ReplicationTask task = this.byName.get(taskName);
		return (task != null) ? Optional.ofNullable(settle(task)) : Optional.empty();
	}

	public Optional<ReplicationTask> byDatabases(String sourceDatabase, String targetDatabase) {
		return all().stream()
			.filter((task) -> task.sourceDatabase().equals(sourceDatabase)
					&& task.targetDatabase().equals(targetDatabase))
			.findFirst();
	}

	public Optional<ReplicationTask> byTargetDatabase(String targetDatabase) {
		String taskName = this.taskByTarget.get(targetDatabase);
		return (taskName != null) ? byName(taskName) : Optional.empty();
	}

	public List<ReplicationTask> all() {
		List<ReplicationTask> tasks = new ArrayList<>(this.byName.size());
		for (Iterator<ReplicationTask> iterator = this.byName.values().iterator(); iterator.hasNext();) {
			ReplicationTask task = iterator.next();
			ReplicationTask settled = task.settled(this.now, this.fullSync);
			if (settled == null) {
				iterator.remove();
				this.taskByTarget.remove(task.targetDatabase(), task.taskName());
			}
			else {
				tasks.add(settled);
			}
		}
		this.size = this.byName.size();
		return tasks;
	}

	/** How many tasks there are, settled to now, without copying them. */
	public int count() {
		settleDeletions();
		return this.byName.size();
	}

	/**
	 * A page of the tasks in creation order, settled to now, reading only the tasks
	 * before it and those being deleted.
	 */
	public List<ReplicationTask> page(int offset, int limit) {
		settleDeletions();
		List<ReplicationTask> page = new ArrayList<>(Math.min(limit, this.byName.size()));
		Iterator<ReplicationTask> iterator = this.byName.values().iterator();
		for (int skipped = 0; skipped < offset && iterator.hasNext(); skipped++) {
			iterator.next();
		}
		while (page.size() < limit && iterator.hasNext()) {
			page.add(iterator.next().settled(this.now, this.fullSync));
		}
		return page;
	}

	private void settleDeletions() {
		for (Iterator<String> names = this.deleting.iterator(); names.hasNext();) {
			ReplicationTask task = this.byName.get(names.next());
			if (task == null || task.settled(this.now, this.fullSync) == null) {
				names.remove();
				if (task != null) {
					this.byName.remove(task.taskName());
					this.taskByTarget.remove(task.targetDatabase(), task.taskName());
				}
			}
		}
		this.size = this.byName.size();
	}

	/** The tasks held, settled or not; safe to read without the instance's lock. */
	public int size() {
		return this.size;
	}

	public void save(ReplicationTask task) {
		ReplicationTask previous = this.byName.put(task.taskName(), task);
		if (previous != null) {
			this.taskByTarget.remove(previous.targetDatabase(), previous.taskName());
		}
		this.taskByTarget.put(task.targetDatabase(), task.taskName());
		if (task.progress().transition() != null && task.progress().transition().removesTask()) {
			this.deleting.add(task.taskName());
		}
		else {
			this.deleting.remove(task.taskName());
		}
		this.size = this.byName.size();
		this.onSave.accept(task);
	}

	private ReplicationTask settle(ReplicationTask task) {
		ReplicationTask settled = task.settled(this.now, this.fullSync);
		if (settled == null) {
			this.byName.remove(task.taskName());
			this.taskByTarget.remove(task.targetDatabase(), task.taskName());
			this.size = this.byName.size();
		}
		return settled;
	}

}
