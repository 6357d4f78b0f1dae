package io.github.taurusdbhtapmock.service.replication;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.service.replication.dbconfig.DbConfigCheck;
import io.github.taurusdbhtapmock.service.replication.dbconfig.DbParameterCatalogue;
import io.github.taurusdbhtapmock.service.replication.dbconfig.DbParameterCatalogue.DescribedParameter;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.service.job.JobService;
import io.github.taurusdbhtapmock.service.replication.wire.CheckTableConfigRequest;
import io.github.taurusdbhtapmock.service.replication.wire.CreateReplicationRequest;
import io.github.taurusdbhtapmock.service.replication.wire.ModifyDataSyncRequest;
import io.github.taurusdbhtapmock.service.replication.wire.TaskConfiguration;
import io.github.taurusdbhtapmock.service.replication.tableconfig.TableConfigCheck;
import io.github.taurusdbhtapmock.service.topology.SourceDatabase;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TaurusInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyService;
import io.github.taurusdbhtapmock.platform.web.InstancePath;

/**
 * The rules of the replication operations and of a task's life: registered (Wait) →
 * started → Full → Incremental ⇄ Paused → Cancelled → gone. Each write starts a job; the
 * change it makes to the task's stage takes effect when the job completes.
 */
@Service
public class ReplicationService {

	private static final Logger log = LoggerFactory.getLogger(ReplicationService.class);

	private final TopologyService topology;

	private final TaskRepository tasks;

	private final TaskConfigurationChecker configurationChecker;

	private final JobService jobs;

	private final DbParameterCatalogue catalogue;

	private final TaskQuota quota;

	ReplicationService(TopologyService topology, TaskRepository tasks, TaskConfigurationChecker configurationChecker,
			JobService jobs, DbParameterCatalogue catalogue, TaskQuota quota) {
		this.quota = quota;
		this.topology = topology;
		this.tasks = tasks;
		this.configurationChecker = configurationChecker;
		this.jobs = jobs;
		this.catalogue = catalogue;
	}

	/**
	 * CreateStarRocksDataReplication: starts the task, creating it unless a configuration
	 * check registered it under this name, in which case the request must name the same
	 * databases.
	 */
	public String create(InstancePath path, CreateReplicationRequest request) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), request.sourceInstanceId());
		String sourceNodeId = this.topology.requireReadReplica(source, request.sourceNodeId());
		this.quota.settleIfFull(path.projectId());
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			ReplicationTask task = instanceTasks.byName(request.taskName()).orElse(null);
			if (task == null) {
				SourceDatabase sourceDatabase = this.topology.requireSourceDatabase(source, request.sourceDatabase());
				requireTargetDatabaseFree(instanceTasks, request.targetDatabase());
				this.quota.requireRoomForTask(path.projectId(), path.instanceId(), instanceTasks);
				// the topology's Strings where they are equal, not the request's copies:
				// a task then costs its
				// own name and destination, and tens of thousands of tasks fit in a small
				// heap
				task = new ReplicationTask(shared(path.projectId(), instance.projectId()),
						shared(path.instanceId(), instance.id()), request.taskName(),
						shared(request.sourceInstanceId(), source.id()), sourceDatabase.name(),
						request.targetDatabase(), TaskConfig.initial(sourceNodeId), TaskProgress.created(), List.of(),
						instanceTasks.now());
			}
			else {
				if (task.stage() != TaskStage.WAIT) {
					throw conflict(task);
				}
				requireSame("source_instance_id", task, task.sourceInstanceId(), request.sourceInstanceId());
				requireSame("source_database", task, task.sourceDatabase(), request.sourceDatabase());
				requireSame("target_database", task, task.targetDatabase(), request.targetDatabase());
				requireIdle(task);
				this.quota.requireRoomForJob();
				task = task.withConfig(task.config().withSourceNode(sourceNodeId));
			}
			Job job = startJob(instance, instanceTasks, "CreateStarRocksDataReplication", task);
			instanceTasks.save(task.withProgress(task.progress().starting(job)).withJob(job.id()));
			return job.id();
		});
	}

	/**
	 * ModifyDataSync: applies the new configuration when every check passes. When one
	 * fails, the task is left as it was and no job is started, so the reply has results
	 * but no job_id.
	 */
	public ModifyOutcome modify(InstancePath path, ModifyDataSyncRequest request) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			ReplicationTask task = locate(instanceTasks, request);
			requireSame("source_instance_id", task, task.sourceInstanceId(), request.sourceInstanceId());
			requireSame("source_database_name", task, task.sourceDatabase(), request.sourceDatabaseName());
			requireSame("target_database_name", task, task.targetDatabase(), request.targetDatabaseName());
			requireNotCancelled(task, "ModifyDataSync");
			SyncOptions options = task.config()
				.options()
				.overriddenBy(request.isInstanceLevelSync(), request.databaseReplScope(), request.isSupportRegExp());
			TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), task.sourceInstanceId());
			this.topology.requireReadReplica(source, request.sourceNodeId());
			SourceDatabase database = sourceDatabase(source, task.sourceDatabase(), options);
			TaskSettings settings = this.configurationChecker.check(request, database, instance.beNodes(), options);
			if (!settings.allChecksPassed()) {
				log.info("ModifyDataSync of task '{}' not applied: a configuration check failed", task.taskName());
				return new ModifyOutcome(task, settings, null);
			}
			this.quota.requireRoomForJob();
			Job job = startJob(instance, instanceTasks, "ModifyDataSync", task);
			ReplicationTask modified = task.withConfig(task.config().reconfigured(settings))
				.withProgress(task.progress().modifying())
				.withJob(job.id());
			instanceTasks.save(modified);
			return new ModifyOutcome(modified, settings, job.id());
		});
	}

	/**
	 * CheckTableConfig: checks table configurations against the source tables. With
	 * is_create_task "true" a configuration whose checks all pass is registered as a task
	 * in stage Wait, to be started by a create.
	 */
	public CheckOutcome checkTableConfig(InstancePath path, CheckTableConfigRequest request) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		if (request.createsTask()) {
			TaskSettings settings = register(path, instance, request, "CheckTableConfig", true);
			return CheckOutcome.of(request, settings);
		}
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			ReplicationTask task = (request.sourceInstanceId() != null && request.sourceDatabaseName() != null) ? null
					: locate(instanceTasks, request);
			String sourceInstanceId = (task != null) ? task.sourceInstanceId() : request.sourceInstanceId();
			String sourceDatabase = (task != null) ? task.sourceDatabase() : request.sourceDatabaseName();
			SyncOptions options = ((task != null) ? task.config().options() : SyncOptions.DEFAULT)
				.overriddenBy(request.isInstanceLevelSync(), request.databaseReplScope(), request.isSupportRegExp());
			TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), sourceInstanceId);
			this.topology.requireReadReplica(source, request.sourceNodeId());
			SourceDatabase database = sourceDatabase(source, sourceDatabase, options);
			TaskSettings settings = this.configurationChecker.check(request, database, instance.beNodes(), options);
			return new CheckOutcome((task != null) ? task.taskName() : request.taskName(), sourceDatabase,
					(task != null) ? task.targetDatabase() : request.targetDatabaseName(), settings.dbConfigsOrEmpty(),
					settings.tableConfigsOrEmpty());
		});
	}

	/**
	 * CheckDataBaseConfig: checks db_configs against the catalogue. With a task_name and
	 * every check passing it registers the task in stage Wait, as the Terraform provider
	 * creates tasks.
	 */
	public CheckOutcome checkDatabaseConfig(InstancePath path, TaskConfiguration request) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		if (request.taskName() != null) {
			TaskSettings settings = register(path, instance, request, "CheckDataBaseConfig", false);
			return CheckOutcome.of(request, settings);
		}
		if (request.sourceInstanceId() != null) {
			TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), request.sourceInstanceId());
			this.topology.requireReadReplica(source, request.sourceNodeId());
			if (request.sourceDatabaseName() != null) {
				sourceDatabase(source, request.sourceDatabaseName(), SyncOptions.DEFAULT.overriddenBy(
						request.isInstanceLevelSync(), request.databaseReplScope(), request.isSupportRegExp()));
			}
		}
		TaskSettings settings = this.configurationChecker.checkDbConfigs(request);
		return CheckOutcome.of(request, settings);
	}

	/** ListStarRocksDataReplicationConfig: the task's configuration as it stands. */
	public TaskView configuration(InstancePath path, String taskName) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> instanceTasks
			.byName(taskName)
			.map((task) -> TaskView.of(task, instanceTasks))
			.orElseThrow(() -> new ApiException(ErrorCode.TASK_NOT_FOUND, "detail.task-not-found-by-name", taskName)));
	}

	/**
	 * ListStarRocksDataReplicationConfigByDataBase: the configuration of the task writing
	 * a database.
	 */
	public TaskView configurationByDatabase(InstancePath path, String targetDatabase) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.tasks.withInstance(path.projectId(), path.instanceId(),
				(instanceTasks) -> instanceTasks.byTargetDatabase(targetDatabase)
					.map((task) -> TaskView.of(task, instanceTasks))
					.orElseThrow(() -> new ApiException(ErrorCode.TASK_NOT_FOUND, "detail.task-not-found-by-target",
							targetDatabase)));
	}

	/**
	 * ListStarRocksDataReplications: a page of the instance's tasks, in creation order.
	 */
	public TaskPage list(InstancePath path, int offset, int limit) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			List<TaskView> page = instanceTasks.page(offset, limit)
				.stream()
				.map((task) -> TaskView.of(task, instanceTasks))
				.toList();
			return new TaskPage(instanceTasks.count(), page);
		});
	}

	/**
	 * ListStarRocksDbParameters: the parameter catalogue. Any add_task_scenario value
	 * means a sub-task is being added to the main task, which must exist when it is
	 * named.
	 */
	public List<DescribedParameter> dbParameters(InstancePath path, String addTaskScenario, String mainTaskName,
			Locale locale) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		if (mainTaskName != null) {
			this.tasks
				.withInstance(path.projectId(), path.instanceId(),
						(instanceTasks) -> instanceTasks.byName(mainTaskName))
				.orElseThrow(() -> new ApiException(ErrorCode.TASK_NOT_FOUND, "detail.task-not-found-by-name",
						mainTaskName));
		}
		return this.catalogue.describe(locale, addTaskScenario != null && !addTaskScenario.isEmpty());
	}

	/**
	 * The databases the instance's tasks write, as StarRocks lists them: each task's
	 * destination, or, for an instance-level task over all databases (source ALL), a
	 * database of the same name for every database of its source instance.
	 */
	public List<String> destinationDatabases(String projectId, String instanceId) {
		List<ReplicationTask> instanceTasks = this.tasks.withInstance(projectId, instanceId, InstanceTasks::all);
		return instanceTasks.stream().flatMap((task) -> {
			if (task.config().options().replicatesAllDatabases()
					&& SyncOptions.ALL_DATABASES.equals(task.sourceDatabase())) {
				return this.topology.requireSourceInstance(projectId, task.sourceInstanceId())
					.databases()
					.keySet()
					.stream();
			}
			return java.util.stream.Stream.of(task.targetDatabase());
		}).distinct().sorted().toList();
	}

	/**
	 * PauseStarRocksDataReplication: a running task (Full or Incremental) pauses when the
	 * job completes.
	 */
	public String pause(InstancePath path, String taskName) {
		return transition(path, taskName, "PauseStarRocksDataReplication",
				List.of(TaskStage.FULL, TaskStage.INCREMENTAL), (task, instanceTasks, job) -> task.progress()
					.pausing(job, instanceTasks.now(), instanceTasks.fullSync()));
	}

	/**
	 * ResumeStarRocksDataReplication: a paused task synchronizes again when the job
	 * completes.
	 */
	public String resume(InstancePath path, String taskName) {
		return transition(path, taskName, "ResumeStarRocksDataReplication", List.of(TaskStage.PAUSED),
				(task, instanceTasks, job) -> task.progress().resuming(job));
	}

	/**
	 * DeleteStarRocksDataReplication: the task is Cancelled at once and gone when the job
	 * completes. A task that is already being deleted is reported as not found, which
	 * callers treat as "already deleted".
	 */
	public String delete(InstancePath path, String taskName) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			// a task whose deletion is under way is as good as gone; one whose deletion
			// failed may be deleted again
			ReplicationTask task = instanceTasks.byName(taskName)
				.filter((found) -> found.stage() != TaskStage.CANCELLED || !found.progress().busy())
				.orElseThrow(() -> new ApiException(ErrorCode.TASK_TO_DELETE_NOT_FOUND, "detail.task-not-found-by-name",
						taskName));
			Job job = startJob(instance, instanceTasks, "DeleteStarRocksDataReplication", task);
			instanceTasks
				.save(task.withProgress(task.progress().deleting(job, instanceTasks.now(), instanceTasks.fullSync()))
					.withJob(job.id()));
			return job.id();
		});
	}

	/**
	 * A job ended before its time, completed or failed through the control plane: the
	 * task it works on takes the change now, or never.
	 */
	public void jobEnded(Job job, Instant now) {
		if (job.taskName() == null) {
			return;
		}
		this.tasks.withInstance(job.projectId(), job.instanceId(), (instanceTasks) -> {
			instanceTasks.byName(job.taskName())
				.ifPresent((task) -> instanceTasks.save(task
					.withProgress((job.failReason() != null) ? task.progress().jobFailed(job.id(), job.failReason())
							: task.progress().jobCompletedEarly(job.id(), now))));
			return null;
		});
	}

	private String transition(InstancePath path, String taskName, String operation, List<TaskStage> allowedStages,
			StageChange change) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			ReplicationTask task = instanceTasks.byName(taskName)
				.orElseThrow(
						() -> new ApiException(ErrorCode.TASK_NOT_FOUND, "detail.task-not-found-by-name", taskName));
			// a task on its way out cannot come back; any other busy task will be ready
			// once its job completes
			if (task.stage() == TaskStage.CANCELLED) {
				requireStage(task, operation, allowedStages);
			}
			requireIdle(task);
			requireStage(task, operation, allowedStages);
			this.quota.requireRoomForJob();
			Job job = startJob(instance, instanceTasks, operation, task);
			instanceTasks.save(task.withProgress(change.apply(task, instanceTasks, job)).withJob(job.id()));
			return job.id();
		});
	}

	/**
	 * Registers a checked configuration as a task in stage Wait, busy until the
	 * registering job completes. A taken name is a conflict whatever the checks say. When
	 * a check fails nothing is registered; a failed db_configs item is refused outright
	 * when the reply has no field to report it in.
	 */
	private TaskSettings register(InstancePath path, StarRocksInstance instance, TaskConfiguration request,
			String operation, boolean refuseFailedDbConfigs) {
		String requiredKey = refuseFailedDbConfigs ? "detail.required-to-create-task"
				: "detail.required-to-register-task";
		requirePresent("task_name", request.taskName(), requiredKey);
		requirePresent("source_instance_id", request.sourceInstanceId(), requiredKey);
		requirePresent("source_database_name", request.sourceDatabaseName(), requiredKey);
		requirePresent("target_database_name", request.targetDatabaseName(), requiredKey);
		// looked at again under the lock below, where it counts
		this.tasks
			.withInstance(path.projectId(), path.instanceId(),
					(instanceTasks) -> instanceTasks.byName(request.taskName()))
			.ifPresent((existing) -> {
				throw conflict(existing);
			});
		SyncOptions options = SyncOptions.DEFAULT.overriddenBy(request.isInstanceLevelSync(),
				request.databaseReplScope(), request.isSupportRegExp());
		TaurusInstance source = this.topology.requireSourceInstance(path.projectId(), request.sourceInstanceId());
		this.topology.requireReadReplica(source, request.sourceNodeId());
		SourceDatabase database = sourceDatabase(source, request.sourceDatabaseName(), options);
		TaskSettings settings = this.configurationChecker.check(request, database, instance.beNodes(), options);
		if (refuseFailedDbConfigs) {
			settings.dbConfigsOrEmpty().stream().filter((check) -> !check.passed()).findFirst().ifPresent((failed) -> {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.db-config-failed", failed.paramName(),
						failed.value());
			});
		}
		if (!settings.allChecksPassed()) {
			log.info("{} did not register task '{}': a configuration check failed", operation, request.taskName());
			return settings;
		}
		this.quota.settleIfFull(path.projectId());
		this.tasks.withInstance(path.projectId(), path.instanceId(), (instanceTasks) -> {
			instanceTasks.byName(request.taskName()).ifPresent((existing) -> {
				throw conflict(existing);
			});
			requireTargetDatabaseFree(instanceTasks, request.targetDatabaseName());
			this.quota.requireRoomForTask(path.projectId(), path.instanceId(), instanceTasks);
			ReplicationTask task = new ReplicationTask(path.projectId(), path.instanceId(), request.taskName(),
					request.sourceInstanceId(), request.sourceDatabaseName(), request.targetDatabaseName(),
					TaskConfig.of(settings), null, List.of(), instanceTasks.now());
			Job job = startJob(instance, instanceTasks, operation, task);
			instanceTasks.save(task.withProgress(TaskProgress.registered(job)).withJob(job.id()));
			return job;
		});
		return settings;
	}

	/**
	 * {@code known} when it is equal to {@code requested}, so one String serves every
	 * task.
	 */
	private static String shared(String requested, String known) {
		return requested.equals(known) ? known : requested;
	}

	private Job startJob(StarRocksInstance instance, InstanceTasks instanceTasks, String operation,
			ReplicationTask task) {
		return this.jobs.start(instance.projectId(), instance.id(), instance.name(), operation, task.taskName(),
				instanceTasks.now());
	}

	/**
	 * The task a modify or check names: by task_name, or else by its source and
	 * destination databases.
	 */
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

	/**
	 * A task's source and destination are fixed once it exists; a request may repeat
	 * them, not change them.
	 */
	private static void requireSame(String field, ReplicationTask task, String current, String requested) {
		if (requested != null && !Objects.equals(current, requested)) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.task-identity-changed", field, task.taskName(),
					current, requested);
		}
	}

	/**
	 * One job works on a task at a time, as on the real service; the 409 tells a client
	 * to retry.
	 */
	private static void requireIdle(ReplicationTask task) {
		if (task.progress().busy()) {
			throw new ApiException(ErrorCode.TASK_BUSY, "detail.task-busy", task.taskName());
		}
	}

	private static void requireNotCancelled(ReplicationTask task, String operation) {
		requireStage(task, operation, List.of(TaskStage.WAIT, TaskStage.FULL, TaskStage.INCREMENTAL, TaskStage.PAUSED));
	}

	private static void requireStage(ReplicationTask task, String operation, List<TaskStage> allowed) {
		if (!allowed.contains(task.stage())) {
			throw new ApiException(ErrorCode.OPERATION_NOT_ALLOWED, "detail.stage-not-allowed", operation,
					task.taskName(), task.stage().wireValue(),
					String.join(", ", allowed.stream().map(TaskStage::wireValue).toList()));
		}
	}

	private static ApiException conflict(ReplicationTask existing) {
		return new ApiException(ErrorCode.TASK_ALREADY_EXISTS, "detail.task-already-exists", existing.taskName(),
				existing.stage().wireValue());
	}

	private static void requirePresent(String field, String value, String detailKey) {
		if (value == null || value.isEmpty()) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, detailKey, field);
		}
	}

	@FunctionalInterface
	private interface StageChange {

		TaskProgress apply(ReplicationTask task, InstanceTasks instanceTasks, Job job);

	}

	public record ModifyOutcome(ReplicationTask task, TaskSettings checks, String jobId) {
	}

	/** What a check reports: the names it was asked about and a result per item. */
	public record CheckOutcome(String taskName, String sourceDatabase, String targetDatabase,
			List<DbConfigCheck> dbChecks, List<TableConfigCheck> tableChecks) {

		static CheckOutcome of(TaskConfiguration request, TaskSettings settings) {
			return new CheckOutcome(request.taskName(), request.sourceDatabaseName(), request.targetDatabaseName(),
					settings.dbConfigsOrEmpty(), settings.tableConfigsOrEmpty());
		}

	}

	/** A task with its progress as of the time it was read. */
	public record TaskView(ReplicationTask task, String status, int percentage) {

		static TaskView of(ReplicationTask task, InstanceTasks instanceTasks) {
			return new TaskView(task, task.progress().status(),
					task.progress().percentage(instanceTasks.now(), instanceTasks.fullSync()));
		}

	}

	public record TaskPage(int total, List<TaskView> tasks) {
	}

}
