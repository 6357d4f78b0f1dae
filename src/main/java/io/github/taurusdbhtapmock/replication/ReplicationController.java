package io.github.taurusdbhtapmock.replication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.replication.wire.CheckTableConfigRequest;
import io.github.taurusdbhtapmock.replication.wire.CheckTableConfigResponse;
import io.github.taurusdbhtapmock.replication.wire.CreateReplicationRequest;
import io.github.taurusdbhtapmock.replication.wire.JobIdResponse;
import io.github.taurusdbhtapmock.replication.wire.ModifyDataSyncRequest;
import io.github.taurusdbhtapmock.replication.wire.ModifyDataSyncResponse;
import io.github.taurusdbhtapmock.replication.wire.ReplicationConfigResponse;
import io.github.taurusdbhtapmock.validation.TaskName;
import io.github.taurusdbhtapmock.web.ApiMediaType;
import io.github.taurusdbhtapmock.web.InstancePath;

/** HTTP mapping of the documented StarRocks replication operations. */
@RestController
@RequestMapping(path = ReplicationController.BASE_PATH, produces = ApiMediaType.JSON_UTF8_VALUE)
class ReplicationController {

	static final String BASE_PATH = "/v3/{project_id}/instances/{instance_id}/starrocks/databases/replication";

	private final ReplicationService service;

	ReplicationController(ReplicationService service) {
		this.service = service;
	}

	/** CreateStarRocksDataReplication. */
	@PostMapping
	JobIdResponse create(InstancePath path, @Valid @RequestBody CreateReplicationRequest body) {
		return new JobIdResponse(this.service.create(path, body));
	}

	/** ModifyDataSync. */
	@PutMapping
	ModifyDataSyncResponse modify(InstancePath path, @Valid @RequestBody ModifyDataSyncRequest body) {
		return ModifyDataSyncResponse.from(this.service.modify(path, body));
	}

	/** CheckTableConfig. */
	@PostMapping("/table-config-check")
	CheckTableConfigResponse checkTableConfig(InstancePath path, @Valid @RequestBody CheckTableConfigRequest body) {
		return CheckTableConfigResponse.from(this.service.checkTableConfig(path, body));
	}

	/** ListStarRocksDataReplicationConfig. */
	@GetMapping("/configuration")
	ReplicationConfigResponse configuration(InstancePath path,
			@RequestParam(name = "task_name", required = false) @NotNull @TaskName String taskName) {
		return ReplicationConfigResponse.from(this.service.configuration(path, taskName));
	}

}
