package io.github.taurusdbhtapmock.service.replication;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.persistence.LoggedWrite;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.Restoring;
import io.github.taurusdbhtapmock.platform.persistence.StatePart;
import io.github.taurusdbhtapmock.platform.persistence.StateRefusedException;
import io.github.taurusdbhtapmock.service.replication.wire.DbConfig;
import io.github.taurusdbhtapmock.service.replication.wire.TableReplConfig;
import io.github.taurusdbhtapmock.service.replication.wire.TablesConfig;
import io.github.taurusdbhtapmock.service.replication.wire.TaskSnapshot;
import io.github.taurusdbhtapmock.service.replication.wire.TaskSnapshot.PendingChange;
import io.github.taurusdbhtapmock.service.topology.SourceDatabase;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TaurusInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyService;
import io.github.taurusdbhtapmock.service.topology.TopologyView;
import tools.jackson.core.type.TypeReference;

/**
 * The tasks' part of the state: turns tasks into snapshots and back. A snapshot is
 * checked as a request would be: its instances, node and database must exist (in the
 * topology restored with it, when there is one), its configuration must pass every check,
 * and names and destinations must be unique per instance. After the topology, before the
 * jobs.
 */
@Component
@Order(2)
class TaskSnapshots implements StatePart<List<TaskSnapshot>> {

	static final String NAME = "tasks";

	private final TopologyService topology;

	private final TaskConfigurationChecker configurationChecker;

	private final TaskRepository tasks;

	TaskSnapshots(TopologyService topology, TaskConfigurationChecker configurationChecker, TaskRepository tasks) {
		this.topology = topology;
		this.configurationChecker = configurationChecker;
		this.tasks = tasks;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TypeReference<List<TaskSnapshot>> type() {
		return new TypeReference<>() {
		};
	}

	@Override
	public List<TaskSnapshot> export() {
		return this.tasks.all().stream().map(TaskSnapshots::snapshot).toList();
	}

	/**
	 * Checks every snapshot; the tasks replace all stored ones only when the returned
	 * step runs. The first snapshot that fails a check is named by its index.
	 */
	@Override
	public Runnable prepareRestore(List<TaskSnapshot> snapshots, Restoring restoring) {
		TopologyService topology = restoring.published(TopologyView.class)
			.map(TopologyService::of)
			.orElse(this.topology);
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
			restored.add(restore(i, snapshot, topology));
		}
		return () -> this.tasks.replaceAll(restored);
	}

	@Override
	public void replay(LoggedWrite write) {
		switch (write.type()) {
			case TaskRepository.SAVED -> restoreOne(write.data(TaskSnapshot.class));
			case TaskRepository.CLEARED -> this.tasks.clear(write.data(ProjectScope.class).projectId());
			default -> throw write.unknownType();
		}
	}

	/** A task as a log record left it: the last version of a task wins. */
	private void restoreOne(TaskSnapshot snapshot) {
		ReplicationTask task = restore(0, snapshot, this.topology);
		this.tasks.withInstance(task.projectId(), task.instanceId(), (instanceTasks) -> {
			instanceTasks.save(task);
			return null;
		});
	}

	private ReplicationTask restore(int index, TaskSnapshot snapshot, TopologyService topology) {
		SyncOptions options = new SyncOptions(snapshot.isInstanceLevelSync(), snapshot.databaseReplScope(),
				snapshot.isSupportRegExp());
		TaskSettings settings;
		try {
			StarRocksInstance instance = topology.requireStarRocksInstance(snapshot.projectId(), snapshot.instanceId());
			TaurusInstance source = topology.requireSourceInstance(snapshot.projectId(), snapshot.sourceInstanceId());
			topology.requireReadReplica(source, snapshot.sourceNodeId());
			SourceDatabase database = (options.replicatesAllDatabases()
					&& SyncOptions.ALL_DATABASES.equals(snapshot.sourceDatabaseName()))
							? source.allDatabases(snapshot.sourceDatabaseName())
							: topology.requireSourceDatabase(source, snapshot.sourceDatabaseName());
			settings = this.configurationChecker.check(snapshot, database, instance.beNodes(), options);
		}
		catch (ApiException ex) {
			throw new StateRefusedException(NAME + "[" + index + "]", ex);
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

	@Override
	public void reset(String projectId) {
		this.tasks.clear(projectId);
	}

}
