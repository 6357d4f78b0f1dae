package io.github.taurusdbhtapmock.service.replication.wire;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.validation.BooleanText;
import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.service.validation.ReplScope;
import io.github.taurusdbhtapmock.service.validation.SourceDatabaseName;
import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;
import io.github.taurusdbhtapmock.service.validation.TargetDatabaseName;
import io.github.taurusdbhtapmock.service.validation.TaskName;
import io.github.taurusdbhtapmock.platform.validation.TaurusInstanceId;
import io.github.taurusdbhtapmock.platform.validation.TaurusNodeId;

/**
 * A task as the control plane exports and imports it: its configuration as a client would
 * send it (so an import checks it exactly as a request is checked) and its progress.
 */
public record TaskSnapshot(@JsonProperty("project_id") @NotNull @ProjectId String projectId,
		@JsonProperty("instance_id") @NotNull @StarRocksInstanceId String instanceId,
		@JsonProperty("task_name") @NotNull @TaskName String taskName,
		@JsonProperty("source_instance_id") @NotNull @TaurusInstanceId String sourceInstanceId,
		@JsonProperty("source_node_id") @TaurusNodeId String sourceNodeId,
		@JsonProperty("source_database_name") @NotNull @SourceDatabaseName String sourceDatabaseName,
		@JsonProperty("target_database_name") @NotNull @TargetDatabaseName String targetDatabaseName,
		@JsonProperty("db_configs") @NotNull @Size(max = 1024) List<@NotNull @Valid DbConfig> dbConfigs,
		@JsonProperty("tables_configs") @NotNull @Size(max = 5000) List<@NotNull @Valid TablesConfig> tablesConfigs,
		@JsonProperty("table_repl_config") @NotNull @Valid TableReplConfig tableReplConfig,
		@JsonProperty("new_table_repl_config") @Valid TableReplConfig newTableReplConfig,
		@JsonProperty("is_instance_level_sync") @NotNull @BooleanText String isInstanceLevelSync,
		@JsonProperty("database_repl_scope") @NotNull @ReplScope String databaseReplScope,
		@JsonProperty("is_support_reg_exp") @NotNull @BooleanText String isSupportRegExp,
		@JsonProperty("stage") @NotNull @Pattern(regexp = "Wait|Full|Incremental|Paused|Cancelled") String stage,
		@JsonProperty("pending_change") @Valid PendingChange pendingChange,
		@JsonProperty("full_sync_from") Instant fullSyncFrom,
		@JsonProperty("paused_percentage") @Min(0) @Max(100) int pausedPercentage,
		@JsonProperty("last_error") @NotNull @Size(max = 1024) String lastError,
		@JsonProperty("job_ids") @NotNull List<@NotNull String> jobIds,
		@JsonProperty("created") @NotNull Instant created) implements TaskConfiguration {

	/**
	 * The change the task's running job makes when it completes: a stage, or the task's
	 * removal.
	 */
	public record PendingChange(
			@JsonProperty("stage") @Pattern(regexp = "Wait|Full|Incremental|Paused|Cancelled") String stage,
			@JsonProperty("at") @NotNull Instant at, @JsonProperty("removes_task") boolean removesTask,
			@JsonProperty("job_id") @NotNull String jobId) {
	}

}
