package io.github.taurusdbhtapmock.replication.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.replication.ReplicationTask;

/**
 * Reply of ListStarRocksDataReplicationConfig. {@code is_tables_change} is the one JSON boolean of the API; the
 * last three fields are not in the SDK model (which ignores them) but the Terraform provider reads them.
 */
public record ReplicationConfigResponse(@JsonProperty("source_instance_id") String sourceInstanceId,
		@JsonProperty("source_node_id") String sourceNodeId, @JsonProperty("database_info") DatabaseInfo databaseInfo,
		@JsonProperty("table_infos") List<TableConfigCheckResult> tableInfos,
		@JsonProperty("table_repl_config") TableReplConfig tableReplConfig,
		@JsonProperty("new_table_repl_config") TableReplConfig newTableReplConfig,
		@JsonProperty("target_database_name") String targetDatabaseName,
		@JsonProperty("is_tables_change") boolean isTablesChange,
		@JsonProperty("last_error_of_alter_table") String lastErrorOfAlterTable,
		@JsonProperty("is_instance_level_sync") String isInstanceLevelSync,
		@JsonProperty("database_repl_scope") String databaseReplScope,
		@JsonProperty("is_support_reg_exp") String isSupportRegExp) {

	public static ReplicationConfigResponse from(ReplicationTask task) {
		return new ReplicationConfigResponse(task.sourceInstanceId(), task.sourceNodeId(),
				new DatabaseInfo(task.sourceDatabase(),
						task.dbConfigs().stream().map(DbConfigCheckResult::from).toList()),
				task.tableConfigs().stream().map(TableConfigCheckResult::from).toList(),
				TableReplConfig.from(task.tableSelection()), TableReplConfig.from(task.pendingTableSelection()),
				task.targetDatabase(), task.tablesChanged(), task.lastErrorOfAlterTable(),
				task.options().instanceLevelSync(), task.options().databaseReplScope(), task.options().supportRegExp());
	}

	public record DatabaseInfo(@JsonProperty("database_name") String databaseName,
			@JsonProperty("db_config_check_results") List<DbConfigCheckResult> dbConfigCheckResults) {
	}

}
