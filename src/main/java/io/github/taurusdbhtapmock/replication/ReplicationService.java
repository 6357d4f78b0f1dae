package io.github.taurusdbhtapmock.replication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.error.ApiException;
import io.github.taurusdbhtapmock.error.ErrorCode;
import io.github.taurusdbhtapmock.job.JobService;
import io.github.taurusdbhtapmock.replication.wire.CheckTableConfigRequest;
import io.github.taurusdbhtapmock.replication.wire.CreateReplicationRequest;
import io.github.taurusdbhtapmock.replication.wire.ModifyDataSyncRequest;
import io.github.taurusdbhtapmock.replication.wire.TaskConfiguration;
import io.github.taurusdbhtapmock.topology.SourceDatabase;
import io.github.taurusdbhtapmock.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.topology.TaurusInstance;
import io.github.taurusdbhtapmock.topology.TopologyService;
import io.github.taurusdbhtapmock.web.InstancePath;

/** The rules of the four documented replication operations. */
@Service
public class ReplicationService {

	private static final Logger log = LoggerFactory.getLogger(ReplicationService.class);

	private final TopologyService topology;

	private final TaskRepository tasks;

	private final TaskConfigurationChecker configurationChecker;

	private final JobService jobs;

	private final Clock clock;

	public ReplicationService(TopologyService topology, TaskRepository tasks,
			TaskConfigurationChecker configurationChecker, JobService jobs, Clock clock) {
		this.topology = topology;
		this.tasks = tasks;
		this.configurationChecker = configurationChecker;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * CreateStarRocksDataReplication: starts the task, creating it unless a configuration check registered it
	 * under this name, in which case the request must name the same databases.
	 */
	public String create(InstancePath path, CreateReplicationRequest request) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), request.sourceInstanceId());
		this.topology.requireReadReplica(source, request.sourceNodeId());
		this.topology.requireSourceDatabase(source, request.sourceDatabase());
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			Instant now = this.clock.instant();
			ReplicationTask task = instanceTasks.byName(request.taskName()).orElse(null);
			if (task == null) {
				requireTargetDatabaseFree(instanceTasks, request.targetDatabase());
				task = new ReplicationTask(path.projectId(), path.instanceId(), request.taskName(),
						request.sourceInstanceId(), emptyToNull(request.sourceNodeId()), request.sourceDatabase(),
						request.targetDatabase(), List.of(), List.of(), TableSelection.ALL, null, SyncOptions.DEFAULT,
						TaskStage.WAIT, "", List.of(), now, now);
			}
			else if (task.stage() != TaskStage.WAIT) {
				conflict(task);
			}
			else {
				requireSame("source_instance_id", task, task.sourceInstanceId(), request.sourceInstanceId());
				requireSame("source_database", task, task.sourceDatabase(), request.sourceDatabase());
				requireSame("target_database", task, task.targetDatabase(), request.targetDatabase());
			}
			String jobId = this.jobs
				.recordCompleted(path.projectId(), path.instanceId(), "CreateStarRocksDataReplication", task.taskName())
				.id();
			instanceTasks.save(task.withStage(TaskStage.INCREMENTAL, now).withJob(jobId));
			return jobId;
		});
	}

	/**
	 * ModifyDataSync: applies the new configuration when every check passes. When one fails, the task is left
	 * as it was and no job is started, so the reply has results but no job_id.
	 */
	public ModifyOutcome modify(InstancePath path, ModifyDataSyncRequest request) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			ReplicationTask task = locate(instanceTasks, request);
			requireSame("source_instance_id", task, task.sourceInstanceId(), request.sourceInstanceId());
			requireSame("source_database_name", task, task.sourceDatabase(), request.sourceDatabaseName());
			requireSame("target_database_name", task, task.targetDatabase(), request.targetDatabaseName());
			SyncOptions options = task.options()
				.overriddenBy(request.isInstanceLevelSync(), request.databaseReplScope(), request.isSupportRegExp());
			TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), task.sourceInstanceId());
			this.topology.requireReadReplica(source, request.sourceNodeId());
			SourceDatabase database = sourceDatabase(source, task.sourceDatabase(), options);
			TaskSettings settings = this.configurationChecker.check(request, database, instance.beNodes(), options);
			if (!settings.allChecksPassed()) {
				log.info("ModifyDataSync of task '{}' not applied: a configuration check failed", task.taskName());
				return new ModifyOutcome(task, settings, null);
			}
			String jobId = this.jobs
				.recordCompleted(path.projectId(), path.instanceId(), "ModifyDataSync", task.taskName())
				.id();
			ReplicationTask modified = task.reconfigured(settings, this.clock.instant()).withJob(jobId);
			instanceTasks.save(modified);
			return new ModifyOutcome(modified, settings, jobId);
		});
	}

	/**
	 * CheckTableConfig: checks table configurations against the source tables. With is_create_task "true" a
	 * configuration whose checks all pass is registered as a task in stage Wait, to be started by a create.
	 */
	public CheckOutcome checkTableConfig(InstancePath path, CheckTableConfigRequest request) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		if (request.createsTask()) {
			return register(path, instance, request);
		}
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			ReplicationTask task = (request.sourceInstanceId() != null && request.sourceDatabaseName() != null) ? null
					: locate(instanceTasks, request);
			String sourceInstanceId = (task != null) ? task.sourceInstanceId() : request.sourceInstanceId();
			String sourceDatabase = (task != null) ? task.sourceDatabase() : request.sourceDatabaseName();
			SyncOptions options = ((task != null) ? task.options() : SyncOptions.DEFAULT)
				.overriddenBy(request.isInstanceLevelSync(), request.databaseReplScope(), request.isSupportRegExp());
			TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), sourceInstanceId);
			this.topology.requireReadReplica(source, request.sourceNodeId());
			SourceDatabase database = sourceDatabase(source, sourceDatabase, options);
			TaskSettings settings = this.configurationChecker.check(request, database, instance.beNodes(), options);
			return new CheckOutcome((task != null) ? task.taskName() : request.taskName(), sourceDatabase,
					(task != null) ? task.targetDatabase() : request.targetDatabaseName(),
					settings.tableConfigsOrEmpty());
		});
	}

	/** ListStarRocksDataReplicationConfig: the task's configuration as it stands. */
	public ReplicationTask configuration(InstancePath path, String taskName) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.tasks.find(path.projectId(), path.instanceId(), taskName)
			.orElseThrow(() -> new ApiException(ErrorCode.TASK_NOT_FOUND, "detail.task-not-found-by-name", taskName));
	}

	private CheckOutcome register(InstancePath path, StarRocksInstance instance, CheckTableConfigRequest request) {
		requirePresent("task_name", request.taskName());
		requirePresent("source_instance_id", request.sourceInstanceId());
		requirePresent("source_database_name", request.sourceDatabaseName());
		requirePresent("target_database_name", request.targetDatabaseName());
		// a taken name is a conflict whatever the checks say; it is looked at again under the lock below
		this.tasks.find(path.projectId(), path.instanceId(), request.taskName()).ifPresent(ReplicationService::conflict);
		SyncOptions options = SyncOptions.DEFAULT.overriddenBy(request.isInstanceLevelSync(),
				request.databaseReplScope(), request.isSupportRegExp());
		TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), request.sourceInstanceId());
		this.topology.requireReadReplica(source, request.sourceNodeId());
		SourceDatabase database = sourceDatabase(source, request.sourceDatabaseName(), options);
		TaskSettings settings = this.configurationChecker.check(request, database, instance.beNodes(), options);
		CheckOutcome outcome = new CheckOutcome(request.taskName(), request.sourceDatabaseName(),
				request.targetDatabaseName(), settings.tableConfigsOrEmpty());
		if (!settings.allChecksPassed()) {
			log.info("CheckTableConfig did not register task '{}': a configuration check failed", request.taskName());
			return outcome;
		}
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			instanceTasks.byName(request.taskName()).ifPresent(ReplicationService::conflict);
			requireTargetDatabaseFree(instanceTasks, request.targetDatabaseName());
			Instant now = this.clock.instant();
			String jobId = this.jobs
				.recordCompleted(path.projectId(), path.instanceId(), "CheckTableConfig", request.taskName())
				.id();
			instanceTasks.save(new ReplicationTask(path.projectId(), path.instanceId(), request.taskName(),
					request.sourceInstanceId(), emptyToNull(request.sourceNodeId()), request.sourceDatabaseName(),
					request.targetDatabaseName(), settings.dbConfigsOrEmpty(), settings.tableConfigsOrEmpty(),
					(settings.tableSelection() != null) ? settings.tableSelection() : TableSelection.ALL, null,
					options, TaskStage.WAIT, "", List.of(jobId), now, now));
			return outcome;
		});
	}

	/** The task a modify or check names: by task_name, or else by its source and destination databases. */
	private static ReplicationTask locate(InstanceTasks instanceTasks, TaskConfiguration request) {
		if (request.taskName() != null) {
			return instanceTasks.byName(request.taskName())
				.orElseThrow(() -> new ApiException(ErrorCode.TASK_NOT_FOUND, "detail.task-not-found-by-name",
						request.taskName()));
		}
		if (request.sourceDatabaseName() != null && request.targetDatabaseName() != null) {
			return instanceTasks.byDatabases(request.sourceDatabaseName(), request.targetDatabaseName())
				.orElseThrow(() -> new ApiException(ErrorCode.TASK_NOT_FOUND, "detail.task-not-found-by-databases",
						request.sourceDatabaseName(), request.targetDatabaseName()));
		}
		throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.task-identity-required");
	}

	private SourceDatabase sourceDatabase(TaurusInstance source, String databaseName, SyncOptions options) {
		if (options.replicatesAllDatabases() && SyncOptions.ALL_DATABASES.equals(databaseName)) {
			return source.allDatabases(databaseName);
		}
		return this.topology.requireSourceDatabase(source, databaseName);
	}

	private static void requireTargetDatabaseFree(InstanceTasks instanceTasks, String targetDatabase) {
		instanceTasks.byTargetDatabase(targetDatabase).ifPresent((other) -> {
			throw new ApiException(ErrorCode.TARGET_DATABASE_IN_USE, "detail.target-database-in-use", targetDatabase,
					other.taskName());
		});
	}

	/** A task's source and destination are fixed once it exists; a request may repeat them, not change them. */
	private static void requireSame(String field, ReplicationTask task, String current, String requested) {
		if (requested != null && !Objects.equals(current, requested)) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.task-identity-changed", field, task.taskName(),
					current, requested);
		}
	}

	private static void conflict(ReplicationTask existing) {
		throw new ApiException(ErrorCode.TASK_ALREADY_EXISTS, "detail.task-already-exists", existing.taskName(),
				existing.stage().wireValue());
	}

	private static void requirePresent(String field, String value) {
		if (value == null || value.isEmpty()) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.required-to-create-task", field);
		}
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	public record ModifyOutcome(ReplicationTask task, TaskSettings checks, String jobId) {
	}

	public record CheckOutcome(String taskName, String sourceDatabase, String targetDatabase,
			List<io.github.taurusdbhtapmock.tableconfig.TableConfigCheck> tableChecks) {
	}

}
