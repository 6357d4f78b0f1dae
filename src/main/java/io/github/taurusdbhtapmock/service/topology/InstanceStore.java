package io.github.taurusdbhtapmock.service.topology;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;

/**
 * One kind of state held per StarRocks instance (its replication tasks, database users or
 * parameters), by tenant project and instance. Work on one instance's state runs under
 * that instance's lock, so concurrent writes to the same instance are serialized and
 * writes to different instances never wait for each other. Replacing everything (a state
 * import, a reset, a clearing) waits for work under way and holds new work back, so no
 * request sees half of the old state and half of the new.
 *
 * @param <S> the state of one instance
 */
public final class InstanceStore<S> {

	private final Map<InstanceKey, S> instances = new ConcurrentHashMap<>();

	private final ReadWriteLock wholeState = new ReentrantReadWriteLock();

	private final WriteLog writeLog;

	private final String clearedRecord;

	private final Function<InstanceKey, S> newState;

	/**
	 * @param writeLog where the clearings are recorded
	 * @param clearedRecord the log record of a clearing ({@code tasks.cleared})
	 * @param newState the state of an instance that has none yet
	 */
	public InstanceStore(WriteLog writeLog, String clearedRecord, Function<InstanceKey, S> newState) {
		this.writeLog = writeLog;
		this.clearedRecord = clearedRecord;
		this.newState = newState;
	}

	/**
	 * Runs {@code work} on the instance's state under the instance's lock; an instance
	 * without state gets a new one.
	 */
	public <T> T withInstance(String projectId, String instanceId, Function<S, T> work) {
		this.wholeState.readLock().lock();
		try {
			S state = this.instances.computeIfAbsent(new InstanceKey(projectId, instanceId), this.newState);
			synchronized (state) {
				return work.apply(state);
			}
		}
		finally {
			this.wholeState.readLock().unlock();
		}
	}

	/** The instances with state, as they are while it is read. */
	public Set<InstanceKey> instances() {
		return this.instances.keySet();
	}

	/**
	 * The sum of {@code measure} over the instances of a project, or of every project
	 * when null. Read without the instances' locks: work under way may not be counted
	 * yet.
	 */
	public long total(String projectId, ToLongFunction<S> measure) {
		long total = 0;
		for (Map.Entry<InstanceKey, S> instance : this.instances.entrySet()) {
			if (projectId == null || instance.getKey().projectId().equals(projectId)) {
				total += measure.applyAsLong(instance.getValue());
			}
		}
		return total;
	}

	/**
	 * Forgets one instance's state, logging {@code forgottenRecord} with the instance
	 * when there was any.
	 */
	public void forgetInstance(String projectId, String instanceId, String forgottenRecord) {
		replace(() -> {
			if (this.instances.remove(new InstanceKey(projectId, instanceId)) != null) {
				this.writeLog.append(forgottenRecord, () -> new InstanceScope(projectId, instanceId));
			}
		});
	}

	/** Forgets the state of one project, or of every project when null. */
	public void clear(String projectId) {
		replace(() -> {
			this.instances.keySet().removeIf((key) -> projectId == null || key.projectId().equals(projectId));
			this.writeLog.append(this.clearedRecord, () -> new ProjectScope(projectId));
		});
	}

	/**
	 * Replaces every instance's state at once: clears it all, then runs {@code fill},
	 * which puts the new state back through {@link #withInstance} or {@link #put}, with
	 * no other work in between.
	 */
	public void replaceAll(Runnable fill) {
		replace(() -> {
			this.instances.clear();
			this.writeLog.append(this.clearedRecord, () -> new ProjectScope(null));
			fill.run();
		});
	}

	/**
	 * Puts one instance's state in place of what it had, with no other work in between.
	 */
	public void put(String projectId, String instanceId, S state) {
		replace(() -> this.instances.put(new InstanceKey(projectId, instanceId), state));
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

	/** A StarRocks instance of a project. */
	public record InstanceKey(String projectId, String instanceId) {
	}

	/** The log record of an instance whose state went with it. */
	public record InstanceScope(@JsonProperty("project_id") String projectId,
			@JsonProperty("instance_id") String instanceId) {
	}

}
