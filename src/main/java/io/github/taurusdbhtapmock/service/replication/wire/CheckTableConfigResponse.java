package io.github.taurusdbhtapmock.service.replication.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.replication.ReplicationService.CheckOutcome;

/** Reply of CheckTableConfig. */
public record CheckTableConfigResponse(@JsonProperty("source_database_name") String sourceDatabaseName,
		@JsonProperty("target_database_name") String targetDatabaseName,
		@JsonProperty("tbl_config_check_results") List<TableConfigCheckResult> tblConfigCheckResults,
		@JsonProperty("task_name") String taskName) {

	public static CheckTableConfigResponse from(CheckOutcome outcome) {
		return new CheckTableConfigResponse(outcome.sourceDatabase(),
				(outcome.targetDatabase() != null) ? outcome.targetDatabase() : "",
				outcome.tableChecks().stream().map(TableConfigCheckResult::from).toList(), outcome.taskName());
	}

}
