package io.github.taurusdbhtapmock.service.replication.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.replication.ReplicationService.CheckOutcome;

/**
 * Reply of CheckDataBaseConfig. The destination side has no parameters of its own in the
 * emulator, so its results are always empty, as in the documented example.
 */
public record CheckDataBaseConfigResponse(@JsonProperty("source_database_name") String sourceDatabaseName,
		@JsonProperty("source_db_config_check_results") List<DbConfigCheckResult> sourceDbConfigCheckResults,
		@JsonProperty("target_database_name") String targetDatabaseName,
		@JsonProperty("target_db_config_check_results") List<DbConfigCheckResult> targetDbConfigCheckResults,
		@JsonProperty("task_name") String taskName) {

	public static CheckDataBaseConfigResponse from(CheckOutcome outcome) {
		return new CheckDataBaseConfigResponse(outcome.sourceDatabase(),
				outcome.dbChecks().stream().map(DbConfigCheckResult::from).toList(),
				(outcome.targetDatabase() != null) ? outcome.targetDatabase() : "", List.of(), outcome.taskName());
	}

}
