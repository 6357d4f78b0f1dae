package io.github.taurusdbhtapmock.service.replication.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.replication.tableconfig.TableConfigCheck;

/** The check result of one table's configuration: {@code success} or {@code failed}. */
public record TableConfigCheckResult(@JsonProperty("table_name") String tableName,
		@JsonProperty("table_config") String tableConfig, @JsonProperty("check_result") String checkResult) {

	public static TableConfigCheckResult from(TableConfigCheck check) {
		return new TableConfigCheckResult(check.tableName(), check.tableConfig(),
				check.passed() ? "success" : "failed");
	}

}
