package io.github.taurusdbhtapmock.service.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A TaurusDB instance: the source of replication, with its read replicas and databases.
 */
public record TaurusInstance(String projectId, String id, String name, Set<String> readReplicaIds,
		Map<String, SourceDatabase> databases) {

	public TaurusInstance {
		readReplicaIds = Set.copyOf(readReplicaIds);
		databases = Map.copyOf(databases);
	}

	public Optional<SourceDatabase> database(String name) {
		return Optional.ofNullable(this.databases.get(name));
	}

	/**
	 * Every table of every database, named {@code database.table}: what an instance-level
	 * task replicating all databases sees as its source.
	 */
	public SourceDatabase allDatabases(String name) {
		Map<String, SourceTable> tables = new LinkedHashMap<>();
		this.databases.values()
			.forEach((database) -> database.tables()
				.values()
				.forEach((table) -> tables.put(database.name() + "." + table.name(),
						new SourceTable(database.name() + "." + table.name(), table.columns()))));
		return new SourceDatabase(name, tables);
	}

	/** The read replica's id as this instance holds it. */
	public Optional<String> readReplica(String nodeId) {
		return this.readReplicaIds.stream().filter(nodeId::equals).findFirst();
	}

}
