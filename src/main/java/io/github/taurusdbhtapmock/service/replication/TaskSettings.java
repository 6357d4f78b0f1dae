package io.github.taurusdbhtapmock.service.replication;

import java.util.List;

import io.github.taurusdbhtapmock.service.replication.dbconfig.DbConfigCheck;
import io.github.taurusdbhtapmock.service.replication.tableconfig.TableConfigCheck;

/**
 * The checked, changeable part of a task's configuration as one request sets it. A null
 * component was absent from the request and leaves the task's value as it is.
 */
public record TaskSettings(String sourceNodeId, List<DbConfigCheck> dbConfigs, List<TableConfigCheck> tableConfigs,
		TableSelection tableSelection, SyncOptions options) {

	public boolean allChecksPassed() {
		return (this.dbConfigs == null || this.dbConfigs.stream().allMatch(DbConfigCheck::passed))
				&& (this.tableConfigs == null || this.tableConfigs.stream().allMatch(TableConfigCheck::passed));
	}

	public List<DbConfigCheck> dbConfigsOrEmpty() {
		return (this.dbConfigs != null) ? this.dbConfigs : List.of();
	}

	public List<TableConfigCheck> tableConfigsOrEmpty() {
		return (this.tableConfigs != null) ? this.tableConfigs : List.of();
	}

}
