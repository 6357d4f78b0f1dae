package io.github.taurusdbhtapmock.service.replication.wire;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.validation.BooleanText;
import io.github.taurusdbhtapmock.service.validation.ReplScope;
import io.github.taurusdbhtapmock.service.validation.SourceDatabaseName;
import io.github.taurusdbhtapmock.service.validation.TargetDatabaseName;
import io.github.taurusdbhtapmock.service.validation.TaskName;
import io.github.taurusdbhtapmock.platform.validation.TaurusInstanceId;
import io.github.taurusdbhtapmock.platform.validation.TaurusNodeId;

/**
 * Body of ModifyDataSync (PUT .../replication). Every field is optional; absent fields
 * keep their value.
 */
public record ModifyDataSyncRequest(@JsonProperty("source_instance_id") @TaurusInstanceId String sourceInstanceId,
		@JsonProperty("source_node_id") @TaurusNodeId String sourceNodeId,
		@JsonProperty("source_database_name") @SourceDatabaseName String sourceDatabaseName,
		@JsonProperty("task_name") @TaskName String taskName,
		@JsonProperty("db_configs") @Size(max = 1024) List<@NotNull @Valid DbConfig> dbConfigs,
		@JsonProperty("tables_configs") @Size(max = 5000) List<@NotNull @Valid TablesConfig> tablesConfigs,
		@JsonProperty("table_repl_config") @Valid TableReplConfig tableReplConfig,
		@JsonProperty("target_database_name") @TargetDatabaseName String targetDatabaseName,
		@JsonProperty("is_instance_level_sync") @BooleanText String isInstanceLevelSync,
		@JsonProperty("database_repl_scope") @ReplScope String databaseReplScope,
		@JsonProperty("is_support_reg_exp") @BooleanText String isSupportRegExp) implements TaskConfiguration {
}
