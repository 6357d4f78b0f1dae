package io.github.taurusdbhtapmock.service.replication;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.service.replication.wire.CheckDataBaseConfigRequest;
import io.github.taurusdbhtapmock.service.replication.wire.CheckDataBaseConfigResponse;
import io.github.taurusdbhtapmock.service.replication.wire.CheckTableConfigRequest;
import io.github.taurusdbhtapmock.service.replication.wire.CheckTableConfigResponse;
import io.github.taurusdbhtapmock.service.replication.wire.CreateReplicationRequest;
import io.github.taurusdbhtapmock.service.replication.wire.DbParametersResponse;
import io.github.taurusdbhtapmock.service.replication.wire.JobIdResponse;
import io.github.taurusdbhtapmock.service.replication.wire.ListReplicationsResponse;
import io.github.taurusdbhtapmock.service.replication.wire.ModifyDataSyncRequest;
import io.github.taurusdbhtapmock.service.replication.wire.ModifyDataSyncResponse;
import io.github.taurusdbhtapmock.service.replication.wire.ReplicationConfigResponse;
import io.github.taurusdbhtapmock.service.replication.wire.TaskNameRequest;
import io.github.taurusdbhtapmock.service.validation.PageLimit;
import io.github.taurusdbhtapmock.service.validation.PageOffset;
import io.github.taurusdbhtapmock.service.validation.TargetDatabaseName;
import io.github.taurusdbhtapmock.service.validation.TaskName;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;

/** HTTP mapping of the StarRocks replication operations, named as the SDK names them. */
@RestController
@RequestMapping(path = ReplicationController.BASE_PATH, produces = ApiMediaType.JSON_UTF8_VALUE)
class ReplicationController {

	static final String BASE_PATH = "/v3/{project_id}/instances/{instance_id}/starrocks/databases/replication";

	private static final int DEFAULT_LIMIT = 100;

	private final ReplicationService service;

	ReplicationController(ReplicationService service) {
		this.service = service;
	}

	@PostMapping
	@SdkOperation("CreateStarRocksDataReplication")
	JobIdResponse create(InstancePath path, @Valid @RequestBody CreateReplicationRequest body) {
		return new JobIdResponse(this.service.create(path, body));
	}

	@PutMapping
	@SdkOperation("ModifyDataSync")
	ModifyDataSyncResponse modify(InstancePath path, @Valid @RequestBody ModifyDataSyncRequest body) {
		return ModifyDataSyncResponse.from(this.service.modify(path, body));
	}

	@GetMapping
	@SdkOperation("ListStarRocksDataReplications")
	ListReplicationsResponse list(InstancePath path,
			@RequestParam(name = "limit", required = false) @PageLimit String limit,
			@RequestParam(name = "offset", required = false) @PageOffset String offset) {
		return ListReplicationsResponse.from(this.service.list(path, (offset != null) ? Integer.parseInt(offset) : 0,
				(limit != null) ? Integer.parseInt(limit) : DEFAULT_LIMIT));
	}

	/**
	 * DeleteStarRocksDataReplication: the task name travels in a DELETE body, as the SDK
	 * sends it.
	 */
	@DeleteMapping
	@SdkOperation("DeleteStarRocksDataReplication")
	JobIdResponse delete(InstancePath path, @Valid @RequestBody TaskNameRequest body) {
		return new JobIdResponse(this.service.delete(path, body.taskName()));
	}

	@PostMapping("/pause")
	@SdkOperation("PauseStarRocksDataReplication")
	JobIdResponse pause(InstancePath path, @Valid @RequestBody TaskNameRequest body) {
		return new JobIdResponse(this.service.pause(path, body.taskName()));
	}

	@PostMapping("/resume")
	@SdkOperation("ResumeStarRocksDataReplication")
	JobIdResponse resume(InstancePath path, @Valid @RequestBody TaskNameRequest body) {
		return new JobIdResponse(this.service.resume(path, body.taskName()));
	}

	@PostMapping("/table-config-check")
	@SdkOperation("CheckTableConfig")
	CheckTableConfigResponse checkTableConfig(InstancePath path, @Valid @RequestBody CheckTableConfigRequest body) {
		return CheckTableConfigResponse.from(this.service.checkTableConfig(path, body));
	}

	@PostMapping("/database-config-check")
	@SdkOperation("CheckDataBaseConfig")
	CheckDataBaseConfigResponse checkDatabaseConfig(InstancePath path,
			@Valid @RequestBody CheckDataBaseConfigRequest body) {
		return CheckDataBaseConfigResponse.from(this.service.checkDatabaseConfig(path, body));
	}

	@GetMapping("/configuration")
	@SdkOperation("ListStarRocksDataReplicationConfig")
	ReplicationConfigResponse configuration(InstancePath path,
			@RequestParam(name = "task_name", required = false) @NotNull @TaskName String taskName) {
		return ReplicationConfigResponse.from(this.service.configuration(path, taskName));
	}

	/** ListStarRocksDataReplicationConfigByDataBase: by destination database. */
	@GetMapping("/configuration/{database}")
	@SdkOperation("ListStarRocksDataReplicationConfigByDataBase")
	ReplicationConfigResponse configurationByDatabase(InstancePath path,
			@PathVariable("database") @TargetDatabaseName String database) {
		return ReplicationConfigResponse.from(this.service.configurationByDatabase(path, database));
	}

	@GetMapping("/database-parameters")
	@SdkOperation("ListStarRocksDbParameters")
	DbParametersResponse dbParameters(InstancePath path,
			@RequestParam(name = "add_task_scenario", required = false) String addTaskScenario,
			@RequestParam(name = "main_task_name", required = false) @TaskName String mainTaskName, Locale locale) {
		return DbParametersResponse.from(this.service.dbParameters(path, addTaskScenario, mainTaskName, locale));
	}

}
