package io.github.taurusdbhtapmock.service.replication;

import java.util.List;

/**
 * The tables a task replicates: a whitelist or blacklist ({@code repl_type}) of all or
 * part of them.
 */
public record TableSelection(String replType, String replScope, List<String> tables) {

	/**
	 * What a task replicates when nothing was said: an empty blacklist over all tables.
	 */
	public static final TableSelection ALL = new TableSelection("exclude_tables", "all", List.of());

	public TableSelection {
		tables = List.copyOf(tables);
	}

	public boolean isPartialWhitelist() {
		return "include_tables".equals(this.replType) && "part".equals(this.replScope);
	}

}
