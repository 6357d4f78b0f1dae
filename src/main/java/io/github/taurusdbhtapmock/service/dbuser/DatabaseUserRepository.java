package io.github.taurusdbhtapmock.service.dbuser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.platform.capacity.StateItem;
import io.github.taurusdbhtapmock.platform.capacity.StateMeter;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;
import io.github.taurusdbhtapmock.service.topology.InstanceStore;
import io.github.taurusdbhtapmock.service.topology.InstanceStore.InstanceKey;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstanceScoped;

/**
 * Database users by tenant project and StarRocks instance, in an {@link InstanceStore}:
 * work on one instance's users runs under that instance's lock, and replacing everything
 * (an import, a reset) waits for work under way and holds new work back. The users of an
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

	private final InstanceStore<InstanceUsers> instances;

	private final WriteLog writeLog;

	DatabaseUserRepository(WriteLog writeLog) {
		this.writeLog = writeLog;
		this.instances = new InstanceStore<>(writeLog, CLEARED, this::newInstanceUsers);
	}

	<T> T withInstance(String projectId, String instanceId, Function<InstanceUsers, T> work) {
		return this.instances.withInstance(projectId, instanceId, work);
	}

	/** Every user, with its instance. */
	List<StoredUser> all() {
		List<StoredUser> all = new ArrayList<>();
		for (InstanceKey key : this.instances.instances()) {
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
		return this.instances.total(null, InstanceUsers::size);
	}

	@Override
	public void forgetInstance(String projectId, String instanceId) {
		this.instances.forgetInstance(projectId, instanceId, INSTANCE_FORGOTTEN);
	}

	/** Forgets the users of one project, or of every project when null. */
	void clear(String projectId) {
		this.instances.clear(projectId);
	}

	/** Replaces every user at once; the users must already have passed every check. */
	void replaceAll(List<StoredUser> users) {
		this.instances.replaceAll(() -> {
			for (StoredUser stored : users) {
				withInstance(stored.projectId(), stored.instanceId(), (instanceUsers) -> {
					instanceUsers.restore(stored.user());
					return null;
				});
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

	/** A user and the instance that holds it. */
	record StoredUser(String projectId, String instanceId, DatabaseUser user) {
	}

	/** The log record of a deleted user. */
	record RemovedUser(@JsonProperty("project_id") String projectId, @JsonProperty("instance_id") String instanceId,
			@JsonProperty("user_name") String userName) {
	}

}
