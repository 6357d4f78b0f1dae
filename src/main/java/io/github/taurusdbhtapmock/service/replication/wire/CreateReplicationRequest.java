package io.github.taurusdbhtapmock.service.replication.wire;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.validation.SourceDatabaseName;
import io.github.taurusdbhtapmock.service.validation.TargetDatabaseName;
import io.github.taurusdbhtapmock.service.validation.TaskName;
import io.github.taurusdbhtapmock.platform.validation.TaurusInstanceId;
import io.github.taurusdbhtapmock.platform.validation.TaurusNodeId;

/**
 * Body of CreateStarRocksDataReplication (POST .../replication): creates and starts a
 * task.
 */
public record CreateReplicationRequest(
		@JsonProperty("source_instance_id") @NotNull @TaurusInstanceId String sourceInstanceId,
		@JsonProperty("source_node_id") @TaurusNodeId String sourceNodeId,
		@JsonProperty("source_database") @NotNull @SourceDatabaseName String sourceDatabase,
		@JsonProperty("target_database") @NotNull @TargetDatabaseName String targetDatabase,
		@JsonProperty("task_name") @NotNull @TaskName String taskName) {
}
