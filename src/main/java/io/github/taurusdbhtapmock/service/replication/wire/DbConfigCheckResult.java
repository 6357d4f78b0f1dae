package io.github.taurusdbhtapmock.service.replication.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.replication.dbconfig.DbConfigCheck;

/** The check result of one db_configs item: {@code success} or {@code fail}. */
public record DbConfigCheckResult(@JsonProperty("param_name") String paramName, @JsonProperty("value") String value,
		@JsonProperty("check_result") String checkResult) {

	public static DbConfigCheckResult from(DbConfigCheck check) {
		return new DbConfigCheckResult(check.paramName(), check.value(), check.passed() ? "success" : "fail");
	}

}
