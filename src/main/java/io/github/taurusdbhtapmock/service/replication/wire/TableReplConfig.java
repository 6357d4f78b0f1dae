package io.github.taurusdbhtapmock.service.replication.wire;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.replication.TableSelection;
import io.github.taurusdbhtapmock.service.validation.ReplScope;
import io.github.taurusdbhtapmock.service.validation.ReplType;
import io.github.taurusdbhtapmock.service.validation.TableNamePattern;

/**
 * Which tables a task replicates: a whitelist ({@code include_tables}) or blacklist
 * ({@code exclude_tables}) of all or part of the tables. In replies, an object with no
 * fields ({@code {}}) means "no pending change".
 */
public record TableReplConfig(@JsonProperty("repl_type") @ReplType String replType,
		@JsonProperty("repl_scope") @ReplScope String replScope,
		@JsonProperty("tables") @Size(max = 5000) List<@NotNull @TableNamePattern String> tables) {

	public static final TableReplConfig NO_CHANGE = new TableReplConfig(null, null, null);

	public static TableReplConfig from(TableSelection selection) {
		return (selection != null)
				? new TableReplConfig(selection.replType(), selection.replScope(), selection.tables()) : NO_CHANGE;
	}

	/**
	 * Absent fields take the API's defaults: a blacklist of all tables, that is, every
	 * table.
	 */
	public TableSelection toSelection() {
		return new TableSelection((this.replType != null) ? this.replType : TableSelection.ALL.replType(),
				(this.replScope != null) ? this.replScope : TableSelection.ALL.replScope(),
				(this.tables != null) ? this.tables : List.of());
	}

}
