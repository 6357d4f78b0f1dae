package io.github.taurusdbhtapmock.service.replication.wire;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.validation.TaskName;

/**
 * Body of DeleteStarRocksDataReplication, PauseStarRocksDataReplication and
 * ResumeStarRocksDataReplication.
 */
public record TaskNameRequest(@JsonProperty("task_name") @NotNull @TaskName String taskName) {
}
