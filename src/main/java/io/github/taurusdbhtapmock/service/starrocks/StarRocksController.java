package io.github.taurusdbhtapmock.service.starrocks;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.platform.web.TaurusInstancePath;
import io.github.taurusdbhtapmock.platform.web.TaurusStarRocksPath;
import io.github.taurusdbhtapmock.service.starrocks.wire.CreateStarrocksInstanceRequest;
import io.github.taurusdbhtapmock.service.starrocks.wire.CreateStarrocksInstanceResponse;
import io.github.taurusdbhtapmock.service.starrocks.wire.InstanceJobResponse;
import io.github.taurusdbhtapmock.service.starrocks.wire.ResizeFlavorRequest;
import io.github.taurusdbhtapmock.service.starrocks.wire.ResourceCheckRequest;
import io.github.taurusdbhtapmock.service.starrocks.wire.ResourceCheckResponse;
import io.github.taurusdbhtapmock.service.starrocks.wire.SecurityGroupRequest;
import io.github.taurusdbhtapmock.service.starrocks.wire.UpgradeKernelRequest;
import io.github.taurusdbhtapmock.service.starrocks.wire.WorkflowResponse;

/**
 * HTTP mapping of the operations that create, change and delete StarRocks instances. The
 * {instance_id} of the path is the TaurusDB instance for creation, deletion and the
 * kernel upgrade, the StarRocks instance for the others.
 */
@RestController
@RequestMapping(path = "/v3/{project_id}", produces = ApiMediaType.JSON_UTF8_VALUE)
class StarRocksController {

	private final StarRocksService service;

	StarRocksController(StarRocksService service) {
		this.service = service;
	}

	@PostMapping("/instances/{instance_id}/starrocks")
	@SdkOperation("CreateStarrocksInstance")
	CreateStarrocksInstanceResponse create(TaurusInstancePath path,
			@Valid @RequestBody CreateStarrocksInstanceRequest body) {
		StarRocksService.Created created = this.service.create(path, body);
		return CreateStarrocksInstanceResponse.of(created.cluster(), created.jobId());
	}

	@DeleteMapping("/instances/{instance_id}/starrocks/{starrocks_instance_id}")
	@SdkOperation("DeleteStarrocksInstance")
	WorkflowResponse delete(TaurusStarRocksPath path) {
		return WorkflowResponse.of(this.service.delete(path));
	}

	@PutMapping("/instances/{instance_id}/starrocks/restart")
	@SdkOperation("RestartStarrocksInstance")
	WorkflowResponse restart(InstancePath path) {
		return WorkflowResponse.of(this.service.restart(path));
	}

	@PutMapping("/instances/{instance_id}/starrocks/{starrocks_node_id}/restart")
	@SdkOperation("RestartStarrocksNode")
	WorkflowResponse restartNode(InstancePath path, @PathVariable("starrocks_node_id") @StarRocksNodeId String nodeId) {
		return WorkflowResponse.of(this.service.restartNode(path, nodeId));
	}

	@PostMapping("/instances/{instance_id}/starrocks/resize-flavor")
	@SdkOperation("ResizeStarRocksFlavor")
	InstanceJobResponse resize(InstancePath path, @Valid @RequestBody ResizeFlavorRequest body) {
		return new InstanceJobResponse(this.service.resize(path, body));
	}

	@PostMapping("/instances/{instance_id}/starrocks/db-upgrade")
	@SdkOperation("UpgradeSrKernelVersion")
	InstanceJobResponse upgrade(TaurusInstancePath path, @Valid @RequestBody UpgradeKernelRequest body) {
		return new InstanceJobResponse(this.service.upgrade(path));
	}

	@PutMapping("/instances/{instance_id}/starrocks/security-group")
	@SdkOperation("ModifyStarRocksSecurityGroup")
	InstanceJobResponse modifySecurityGroup(InstancePath path, @Valid @RequestBody SecurityGroupRequest body) {
		return new InstanceJobResponse(this.service.modifySecurityGroup(path, body.securityGroupId()));
	}

	@PostMapping("/starrocks/resource-check")
	@SdkOperation("CheckStarRocksResource")
	ResourceCheckResponse checkResource(@PathVariable("project_id") @ProjectId String projectId,
			@Valid @RequestBody ResourceCheckRequest body) {
		return new ResourceCheckResponse(this.service.checkResource(projectId, body));
	}

}
