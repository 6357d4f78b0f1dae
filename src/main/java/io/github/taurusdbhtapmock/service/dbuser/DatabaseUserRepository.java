package io.github.taurusdbhtapmock.service.dbuser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.platform.capacity.StateItem;
import io.github.taurusdbhtapmock.platform.capacity.StateMeter;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstanceScoped;

/**
 * Database users by tenant project and StarRocks instance. Work on one instance's users
 * runs under that instance's lock; replacing everything (an import, a reset) waits for
 * work under way and holds new work back, as the task repository does. The users of an
 * instance go when the instance's deletion completes.
 */
@Repository
public class DatabaseUserRepository implements StateMeter, StarRocksInstanceScoped {

	/**
	 * The log record of a user's write: the user as it now is (its hash, never clear).
	 */
	static final String SAVED = DatabaseUserSnapshots.NAME + ".saved";

	/** The log record of a deleted user. */
	static final String REMOVED = DatabaseUserSnapshots.NAME + ".removed";

	/** The log record of a clearing: the project cleared, or every project. */
	static final String CLEARED = DatabaseUserSnapshots.NAME + ".cleared";

	/** The log record of an instance whose users went with it. */
	static final String INSTANCE_FORGOTTEN = DatabaseUserSnapshots.NAME + ".instance-forgotten";

	private final Map<InstanceKey, InstanceUsers> instances = new ConcurrentHashMap<>();

	private final ReadWriteLock wholeState = new ReentrantReadWriteLock();

	private final WriteLog writeLog;

	DatabaseUserRepository(WriteLog writeLog) {
		this.writeLog = writeLog;
	}

	<T> T withInstance(String projectId, String instanceId, Function<InstanceUsers, T> work) {
		this.wholeState.readLock().lock();
		try {
			InstanceUsers users = this.instances.computeIfAbsent(new InstanceKey(projectId, instanceId),
					this::newInstanceUsers);
			synchronized (users) {
				return work.apply(users);
			}
		}
		finally {
			this.wholeState.readLock().unlock();
		}
	}

	/** Every user, with its instance. */
	List<StoredUser> all() {
		List<StoredUser> all = new ArrayList<>();
		for (InstanceKey key : this.instances.keySet()) {
			withInstance(key.projectId(), key.instanceId(), (users) -> {
				users.all().forEach((user) -> all.add(new StoredUser(key.projectId(), key.instanceId(), user)));
				return null;
			});
		}
		return all;
	}

	@Override
	public StateItem item() {
		return StateItem.DATABASE_USER;
	}

	@Override
	public long held() {
		long held = 0;
		for (InstanceUsers users : this.instances.values()) {
			held += users.size();
		}
		return held;
	}

	@Override
	public void forgetInstance(String projectId, String instanceId) {
		replace(() -> {
			if (this.instances.remove(new InstanceKey(projectId, instanceId)) != null) {
				this.writeLog.append(INSTANCE_FORGOTTEN, () -> new InstanceScope(projectId, instanceId));
			}
		});
	}

	/** Forgets the users of one project, or of every project when null. */
	void clear(String projectId) {
		replace(() -> {
			this.instances.keySet().removeIf((key) -> projectId == null || key.projectId().equals(projectId));
			this.writeLog.append(CLEARED, () -> new ProjectScope(projectId));
		});
	}

	/** Replaces every user at once; the users must already have passed every check. */
	void replaceAll(List<StoredUser> users) {
		replace(() -> {
			this.instances.clear();
			this.writeLog.append(CLEARED, () -> new ProjectScope(null));
			for (StoredUser stored : users) {
				InstanceUsers instanceUsers = this.instances
					.computeIfAbsent(new InstanceKey(stored.projectId(), stored.instanceId()), this::newInstanceUsers);
				instanceUsers.restore(stored.user());
				this.writeLog.append(SAVED, () -> DatabaseUserSnapshots.snapshot(stored));
			}
		});
	}

	private InstanceUsers newInstanceUsers(InstanceKey key) {
		return new InstanceUsers(new InstanceUsers.Changes() {

			@Override
			public void saved(DatabaseUser user) {
				DatabaseUserRepository.this.writeLog.append(SAVED,
						() -> DatabaseUserSnapshots.snapshot(new StoredUser(key.projectId(), key.instanceId(), user)));
			}

			@Override
			public void removed(String name) {
				DatabaseUserRepository.this.writeLog.append(REMOVED,
						() -> new RemovedUser(key.projectId(), key.instanceId(), name));
			}

		});
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

	/** A user and the instance that holds it. */
	record StoredUser(String projectId, String instanceId, DatabaseUser user) {
	}

	private record InstanceKey(String projectId, String instanceId) {
	}

	/** The log record of a deleted user. */
	record RemovedUser(@JsonProperty("project_id") String projectId, @JsonProperty("instance_id") String instanceId,
			@JsonProperty("user_name") String userName) {
	}

	/** The log record of an instance whose users went with it. */
	record InstanceScope(@JsonProperty("project_id") String projectId, @JsonProperty("instance_id") String instanceId) {
	}

}
