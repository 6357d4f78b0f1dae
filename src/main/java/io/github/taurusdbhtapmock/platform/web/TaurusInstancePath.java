package io.github.taurusdbhtapmock.platform.web;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.validation.TaurusInstanceId;

/**
 * The {project_id}/{instance_id} pair of the HTAP instance paths, where instance_id is
 * the TaurusDB instance; resolved and checked by the gateway before the handler runs.
 */
@PathRecord
public record TaurusInstancePath(@JsonProperty("project_id") @NotNull @ProjectId String projectId,
		@JsonProperty("instance_id") @NotNull @TaurusInstanceId String instanceId) {
}
