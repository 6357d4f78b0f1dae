package io.github.taurusdbhtapmock.platform.web;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;

/**
 * The {project_id}/{instance_id} pair every replication path starts with; resolved and
 * checked by the gateway before the body is read.
 */
@PathRecord
public record InstancePath(@JsonProperty("project_id") @NotNull @ProjectId String projectId,
		@JsonProperty("instance_id") @NotNull @StarRocksInstanceId String instanceId) {
}
