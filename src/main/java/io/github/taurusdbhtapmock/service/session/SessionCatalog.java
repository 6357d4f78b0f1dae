package io.github.taurusdbhtapmock.service.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.service.htapinstance.CloudDefaults;
import io.github.taurusdbhtapmock.service.replication.ReplicationTask;
import io.github.taurusdbhtapmock.service.replication.TaskRepository;
import io.github.taurusdbhtapmock.service.replication.TaskStage;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;

/**
 * The sessions an instance has, derived from what it does, so that the same state and
 * clock always give the same list: the console's management session, then one writer
 * session per synchronization task that is running (full or incremental), in the tasks'
 * creation order. A task's session id is derived from its name, so it stays the same
 * while the task runs.
 */
@Component
class SessionCatalog {

	static final String MANAGEMENT_SESSION_ID = "1";

	static final String SYNC_USER = "htap_sync";

	private static final int FIRST_TASK_ID = 1000;

	private static final int TASK_ID_RANGE = 9_000_000;

	private final TaskRepository tasks;

	SessionCatalog(TaskRepository tasks) {
		this.tasks = tasks;
	}

	/** Every session of the instance now, killed or not. */
	List<Session> sessions(StarRocksInstance instance) {
		Held held = this.tasks.withInstance(instance.projectId(), instance.id(),
				(instanceTasks) -> new Held(instanceTasks.all(), instanceTasks.now()));
		Instant now = held.now();
		List<Session> sessions = new ArrayList<>();
		sessions.add(new Session(MANAGEMENT_SESSION_ID, "root", "127.0.0.1", "", "", "",
				seconds(Instant.ofEpochMilli(CloudDefaults.CREATED_AT_MILLIS), now), "Sleep"));
		Set<Integer> ids = new HashSet<>();
		for (ReplicationTask task : held.tasks()) {
			if (task.stage() != TaskStage.FULL && task.stage() != TaskStage.INCREMENTAL) {
				continue;
			}
			int id = FIRST_TASK_ID + Math.floorMod(task.taskName().hashCode(), TASK_ID_RANGE);
			while (!ids.add(id)) {
				id = FIRST_TASK_ID + Math.floorMod(id - FIRST_TASK_ID + 1, TASK_ID_RANGE);
			}
			sessions.add(new Session(Integer.toString(id), SYNC_USER, "127.0.0.1", "OK", task.targetDatabase(),
					"/* synchronization task " + task.taskName() + ", " + task.stage().wireValue() + " */ COMMIT",
					seconds(task.created(), now), "Query"));
		}
		return sessions;
	}

	/** The instance's tasks, settled to {@code now}, read under its lock. */
	private record Held(List<ReplicationTask> tasks, Instant now) {
	}

	private static long seconds(Instant from, Instant now) {
		return Math.max(0, Duration.between(from, now).toSeconds());
	}

}
