package io.github.taurusdbhtapmock.web;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.validation.ProjectId;
import io.github.taurusdbhtapmock.validation.TaurusInstanceId;

/**
 * The {project_id}/{instance_id} pair of the HTAP instance paths, where instance_id is the TaurusDB instance;
 * resolved and checked by {@link TaurusPathArgumentResolver} before the handler runs.
 */
public record TaurusInstancePath(@JsonProperty("project_id") @NotNull @ProjectId String projectId,
		@JsonProperty("instance_id") @NotNull @TaurusInstanceId String instanceId) {
}
