package io.github.taurusdbhtapmock.service.topology;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A database of a TaurusDB instance. Table names are matched exactly, as on a
 * case-sensitive MySQL server.
 */
public record SourceDatabase(String name, Map<String, SourceTable> tables) {

	public SourceDatabase {
		tables = Map.copyOf(tables);
	}

	public Optional<SourceTable> table(String tableName) {
		return Optional.ofNullable(this.tables.get(tableName));
	}

	public Collection<String> tableNames() {
		return this.tables.keySet();
	}

}
