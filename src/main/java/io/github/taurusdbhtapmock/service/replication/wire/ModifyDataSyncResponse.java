package io.github.taurusdbhtapmock.service.replication.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.replication.ReplicationService.ModifyOutcome;

/**
 * Reply of ModifyDataSync. {@code job_id} is absent when a check failed and nothing was
 * changed.
 */
public record ModifyDataSyncResponse(@JsonProperty("source_database_name") String sourceDatabaseName,
		@JsonProperty("target_database_name") String targetDatabaseName,
		@JsonProperty("source_db_config_check_results") List<DbConfigCheckResult> sourceDbConfigCheckResults,
		@JsonProperty("tbl_config_check_results") List<TableConfigCheckResult> tblConfigCheckResults,
		@JsonProperty("task_name") String taskName, @JsonProperty("job_id") String jobId) {

	public static ModifyDataSyncResponse from(ModifyOutcome outcome) {
		return new ModifyDataSyncResponse(outcome.task().sourceDatabase(), outcome.task().targetDatabase(),
				outcome.checks().dbConfigsOrEmpty().stream().map(DbConfigCheckResult::from).toList(),
				outcome.checks().tableConfigsOrEmpty().stream().map(TableConfigCheckResult::from).toList(),
				outcome.task().taskName(), outcome.jobId());
	}

}
