package io.github.taurusdbhtapmock.service.topology;

import java.util.List;

/**
 * A table of a source database. Column names compare case-insensitively, as MySQL column
 * names do.
 */
public record SourceTable(String name, List<String> columns) {

	public SourceTable {
		columns = List.copyOf(columns);
	}

	public boolean hasColumn(String column) {
		return this.columns.stream().anyMatch(column::equalsIgnoreCase);
	}

}
