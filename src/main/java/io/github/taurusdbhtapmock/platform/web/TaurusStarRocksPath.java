package io.github.taurusdbhtapmock.platform.web;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;
import io.github.taurusdbhtapmock.platform.validation.TaurusInstanceId;

/**
 * {project_id}/{instance_id}/.../{starrocks_instance_id}: a StarRocks instance addressed
 * through the TaurusDB instance it is attached to. One record, so that every malformed
 * segment is reported in the same answer.
 */
@PathRecord
public record TaurusStarRocksPath(@JsonProperty("project_id") @NotNull @ProjectId String projectId,
		@JsonProperty("instance_id") @NotNull @TaurusInstanceId String instanceId,
		@JsonProperty("starrocks_instance_id") @NotNull @StarRocksInstanceId String starRocksInstanceId) {

	public TaurusInstancePath taurusInstance() {
		return new TaurusInstancePath(this.projectId, this.instanceId);
	}

}
