package io.github.taurusdbhtapmock.service.replication;

import java.util.List;

import io.github.taurusdbhtapmock.service.replication.dbconfig.DbConfigCheck;
import io.github.taurusdbhtapmock.service.replication.tableconfig.TableConfigCheck;

/**
 * The changeable configuration of a task.
 *
 * @param sourceNodeId the read replica the full synchronization reads from; null for the
 * primary node
 * @param pendingTableSelection the table selection set by the last modification when it
 * changed the tables, reported as {@code new_table_repl_config}; null when the last
 * modification left them as they were
 */
public record TaskConfig(String sourceNodeId, List<DbConfigCheck> dbConfigs, List<TableConfigCheck> tableConfigs,
		TableSelection tableSelection, TableSelection pendingTableSelection, SyncOptions options) {

	public TaskConfig {
		dbConfigs = List.copyOf(dbConfigs);
		tableConfigs = List.copyOf(tableConfigs);
	}

	/** What a task created without any configuration has. */
	static TaskConfig initial(String sourceNodeId) {
		return new TaskConfig(emptyToNull(sourceNodeId), List.of(), List.of(), TableSelection.ALL, null,
				SyncOptions.DEFAULT);
	}

	/** The configuration a check registers, its absent parts at their defaults. */
	static TaskConfig of(TaskSettings settings) {
		return initial(null).reconfigured(settings).withoutTableChange();
	}

	public boolean tablesChanged() {
		return this.pendingTableSelection != null;
	}

	/**
	 * This configuration with what the request set; a different table selection is
	 * reported as a change.
	 */
	TaskConfig reconfigured(TaskSettings settings) {
		TableSelection newSelection = (settings.tableSelection() != null) ? settings.tableSelection()
				: this.tableSelection;
		return new TaskConfig(
				(settings.sourceNodeId() != null) ? emptyToNull(settings.sourceNodeId()) : this.sourceNodeId,
				(settings.dbConfigs() != null) ? settings.dbConfigs() : this.dbConfigs,
				(settings.tableConfigs() != null) ? settings.tableConfigs() : this.tableConfigs, newSelection,
				newSelection.equals(this.tableSelection) ? null : newSelection, settings.options());
	}

	TaskConfig withSourceNode(String nodeId) {
		return (nodeId == null) ? this : new TaskConfig(emptyToNull(nodeId), this.dbConfigs, this.tableConfigs,
				this.tableSelection, this.pendingTableSelection, this.options);
	}

	private TaskConfig withoutTableChange() {
		return new TaskConfig(this.sourceNodeId, this.dbConfigs, this.tableConfigs, this.tableSelection, null,
				this.options);
	}

	/** An empty node id means the primary node, as an absent one does. */
	private static String emptyToNull(String nodeId) {
		return (nodeId == null || nodeId.isEmpty()) ? null : nodeId;
	}

}
