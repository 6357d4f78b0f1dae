package io.github.taurusdbhtapmock.service.replication;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.persistence.DurableLog;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.service.replication.wire.DbConfig;
import io.github.taurusdbhtapmock.service.replication.wire.TableReplConfig;
import io.github.taurusdbhtapmock.service.replication.wire.TablesConfig;
import io.github.taurusdbhtapmock.service.replication.wire.TaskSnapshot;
import io.github.taurusdbhtapmock.service.replication.wire.TaskSnapshot.PendingChange;
import io.github.taurusdbhtapmock.service.topology.SourceDatabase;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TaurusInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * Turns tasks into snapshots and back. A snapshot is checked as a request would be: its
 * instances, node and database must exist, its configuration must pass every check, and
 * names and destinations must be unique per instance.
 */
@Component
public class TaskSnapshots {

	private final TopologyService topology;

	private final TaskConfigurationChecker configurationChecker;

	private final TaskRepository tasks;

	TaskSnapshots(TopologyService topology, TaskConfigurationChecker configurationChecker, TaskRepository tasks,
			DurableLog durableLog) {
		this.topology = topology;
		this.configurationChecker = configurationChecker;
		this.tasks = tasks;
		durableLog.statePart("tasks", TaskSnapshot[].class, () -> export().toArray(TaskSnapshot[]::new),
				(snapshots) -> importAll(List.of(snapshots)));
		durableLog.onReplay("task", TaskSnapshot.class, this::restoreOne);
		durableLog.onReplay("tasks.cleared", ProjectScope.class, (scope) -> tasks.clear(scope.projectId()));
	}

	public List<TaskSnapshot> export() {
		return this.tasks.all().stream().map(TaskSnapshots::snapshot).toList();
	}

	/**
	 * Checks every snapshot and then replaces all tasks with them; a snapshot that fails
	 * a check leaves the stored tasks as they were. The exception names the snapshot by
	 * its index.
	 */
	public void importAll(List<TaskSnapshot> snapshots) {
		List<ReplicationTask> restored = new ArrayList<>();
		Set<String> names = new HashSet<>();
		Set<String> targets = new HashSet<>();
		for (int i = 0; i < snapshots.size(); i++) {
			TaskSnapshot snapshot = snapshots.get(i);
			String instanceKey = snapshot.projectId() + "/" + snapshot.instanceId() + "/";
			if (!names.add(instanceKey + snapshot.taskName())) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-duplicate-task", i,
						snapshot.taskName());
			}
			if (!targets.add(instanceKey + snapshot.targetDatabaseName())) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-duplicate-target", i,
						snapshot.targetDatabaseName());
			}
			restored.add(restore(i, snapshot));
		}
		this.tasks.replaceAll(restored);
	}

	/** A task as a log record left it: the last version of a task wins. */
	private void restoreOne(TaskSnapshot snapshot) {
		ReplicationTask task = restore(0, snapshot);
		this.tasks.withInstance(task.projectId(), task.instanceId(), (instanceTasks) -> {
			instanceTasks.save(task);
			return null;
		});
	}

	private ReplicationTask restore(int index, TaskSnapshot snapshot) {
		SyncOptions options = new SyncOptions(snapshot.isInstanceLevelSync(), snapshot.databaseReplScope(),
				snapshot.isSupportRegExp());
		TaskSettings settings;
		try {
			StarRocksInstance instance = this.topology.requireStarRocksInstance(snapshot.projectId(),
					snapshot.instanceId());
			TaurusInstance source = this.topology.requireSourceInstance(snapshot.projectId(),
					snapshot.sourceInstanceId());
			this.topology.requireReadReplica(source, snapshot.sourceNodeId());
			SourceDatabase database = (options.replicatesAllDatabases()
					&& SyncOptions.ALL_DATABASES.equals(snapshot.sourceDatabaseName()))
							? source.allDatabases(snapshot.sourceDatabaseName())
							: this.topology.requireSourceDatabase(source, snapshot.sourceDatabaseName());
			settings = this.configurationChecker.check(snapshot, database, instance.beNodes(), options);
		}
		catch (ApiException ex) {
			throw new SnapshotException(index, ex);
		}
		if (!settings.allChecksPassed()) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-check-failed", index,
					snapshot.taskName());
		}
		TaskConfig config = new TaskConfig(emptyToNull(snapshot.sourceNodeId()), settings.dbConfigs(),
				settings.tableConfigs(), settings.tableSelection(),
				(snapshot.newTableReplConfig() != null && snapshot.newTableReplConfig().replType() != null)
						? snapshot.newTableReplConfig().toSelection() : null,
				options);
		TaskProgress progress = new TaskProgress(stage(snapshot.stage()), transition(snapshot.pendingChange()),
				snapshot.fullSyncFrom(), snapshot.pausedPercentage(), snapshot.lastError());
		if (progress.stage() == TaskStage.FULL && progress.fullSyncFrom() == null) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-full-without-start", index,
					snapshot.taskName());
		}
		return new ReplicationTask(snapshot.projectId(), snapshot.instanceId(), snapshot.taskName(),
				snapshot.sourceInstanceId(), snapshot.sourceDatabaseName(), snapshot.targetDatabaseName(), config,
				progress, snapshot.jobIds(), snapshot.created());
	}

	static TaskSnapshot snapshot(ReplicationTask task) {
		TaskConfig config = task.config();
		TaskProgress progress = task.progress();
		Transition transition = progress.transition();
		return new TaskSnapshot(task.projectId(), task.instanceId(), task.taskName(), task.sourceInstanceId(),
				config.sourceNodeId(), task.sourceDatabase(), task.targetDatabase(),
				config.dbConfigs().stream().map((check) -> new DbConfig(check.paramName(), check.value())).toList(),
				config.tableConfigs()
					.stream()
					.map((check) -> new TablesConfig(check.tableName(), check.tableConfig()))
					.toList(),
				TableReplConfig.from(config.tableSelection()), TableReplConfig.from(config.pendingTableSelection()),
				config.options().instanceLevelSync(), config.options().databaseReplScope(),
				config.options().supportRegExp(), progress.stage().wireValue(),
				(transition != null) ? new PendingChange((transition.to() != null) ? transition.to().wireValue() : null,
						transition.at(), transition.removesTask(), transition.jobId()) : null,
				progress.fullSyncFrom(), progress.pausedPercentage(), progress.lastError(), task.jobIds(),
				task.created());
	}

	private static Transition transition(PendingChange change) {
		return (change != null) ? new Transition((change.stage() != null) ? stage(change.stage()) : null, change.at(),
				change.removesTask(), change.jobId()) : null;
	}

	private static TaskStage stage(String wireValue) {
		for (TaskStage stage : TaskStage.values()) {
			if (stage.wireValue().equals(wireValue)) {
				return stage;
			}
		}
		throw new IllegalArgumentException("not a stage: " + wireValue);
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	/**
	 * A snapshot refused by one of the API's own checks; the control plane reports it
	 * with the index.
	 */
	public static final class SnapshotException extends RuntimeException {

		private final int index;

		private final transient ApiException cause;

		SnapshotException(int index, ApiException cause) {
			super(cause.getMessage(), cause, false, false);
			this.index = index;
			this.cause = cause;
		}

		public int index() {
			return this.index;
		}

		public ApiException apiException() {
			return this.cause;
		}

	}

}
