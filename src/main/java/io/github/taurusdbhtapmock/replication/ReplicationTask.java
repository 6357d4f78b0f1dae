package io.github.taurusdbhtapmock.replication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.taurusdbhtapmock.dbconfig.DbConfigCheck;
import io.github.taurusdbhtapmock.tableconfig.TableConfigCheck;

/**
 * A data synchronization task of one StarRocks instance. Immutable: every change makes a new version, so a
 * reader never sees a half-applied write.
 *
 * @param pendingTableSelection the table selection set by the last modification when it changed the tables,
 * reported as {@code new_table_repl_config}; null when the last modification left them as they were
 */
public record ReplicationTask(String projectId, String instanceId, String taskName, String sourceInstanceId,
		String sourceNodeId, String sourceDatabase, String targetDatabase, List<DbConfigCheck> dbConfigs,
		List<TableConfigCheck> tableConfigs, TableSelection tableSelection, TableSelection pendingTableSelection,
		SyncOptions options, TaskStage stage, String lastErrorOfAlterTable, List<String> jobIds, Instant created,
		Instant updated) {

	public ReplicationTask {
		dbConfigs = List.copyOf(dbConfigs);
		tableConfigs = List.copyOf(tableConfigs);
		jobIds = List.copyOf(jobIds);
	}

	public boolean tablesChanged() {
		return this.pendingTableSelection != null;
	}

	public ReplicationTask withStage(TaskStage newStage, Instant now) {
		return new ReplicationTask(this.projectId, this.instanceId, this.taskName, this.sourceInstanceId,
				this.sourceNodeId, this.sourceDatabase, this.targetDatabase, this.dbConfigs, this.tableConfigs,
				this.tableSelection, this.pendingTableSelection, this.options, newStage, this.lastErrorOfAlterTable,
				this.jobIds, this.created, now);
	}

	public ReplicationTask withJob(String jobId) {
		List<String> jobs = new ArrayList<>(this.jobIds);
		jobs.add(jobId);
		return new ReplicationTask(this.projectId, this.instanceId, this.taskName, this.sourceInstanceId,
				this.sourceNodeId, this.sourceDatabase, this.targetDatabase, this.dbConfigs, this.tableConfigs,
				this.tableSelection, this.pendingTableSelection, this.options, this.stage, this.lastErrorOfAlterTable,
				jobs, this.created, this.updated);
	}

	/** This task with a new configuration; a different table selection is reported as a table change. */
	public ReplicationTask reconfigured(TaskSettings settings, Instant now) {
		TableSelection newSelection = (settings.tableSelection() != null) ? settings.tableSelection()
				: this.tableSelection;
		TableSelection pending = newSelection.equals(this.tableSelection) ? null : newSelection;
		return new ReplicationTask(this.projectId, this.instanceId, this.taskName, this.sourceInstanceId,
				(settings.sourceNodeId() != null) ? settings.sourceNodeId() : this.sourceNodeId, this.sourceDatabase,
				this.targetDatabase, (settings.dbConfigs() != null) ? settings.dbConfigs() : this.dbConfigs,
				(settings.tableConfigs() != null) ? settings.tableConfigs() : this.tableConfigs, newSelection, pending,
				settings.options(), this.stage, this.lastErrorOfAlterTable, this.jobIds, this.created, now);
	}

}
