package io.github.taurusdbhtapmock.service.replication.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.replication.ReplicationService.TaskView;
import io.github.taurusdbhtapmock.service.replication.ReplicationTask;
import io.github.taurusdbhtapmock.service.replication.TaskConfig;

/**
 * Reply of ListStarRocksDataReplicationConfig. {@code is_tables_change} is the one JSON
 * boolean of the API; the last three fields are not in the SDK model (which ignores them)
 * but the Terraform provider reads them.
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

	public static ReplicationConfigResponse from(TaskView view) {
		ReplicationTask task = view.task();
		TaskConfig config = task.config();
		return new ReplicationConfigResponse(task.sourceInstanceId(), config.sourceNodeId(),
				new DatabaseInfo(task.sourceDatabase(),
						config.dbConfigs().stream().map(DbConfigCheckResult::from).toList()),
				config.tableConfigs().stream().map(TableConfigCheckResult::from).toList(),
				TableReplConfig.from(config.tableSelection()), TableReplConfig.from(config.pendingTableSelection()),
				task.targetDatabase(), config.tablesChanged(), task.progress().lastError(),
				config.options().instanceLevelSync(), config.options().databaseReplScope(),
				config.options().supportRegExp());
	}

	public record DatabaseInfo(@JsonProperty("database_name") String databaseName,
			@JsonProperty("db_config_check_results") List<DbConfigCheckResult> dbConfigCheckResults) {
	}

}
