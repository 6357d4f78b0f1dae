package io.github.taurusdbhtapmock.admin.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every project's instances, in the shape of the emulator's seed file
 * ({@code emulator.topology}) with snake_case names: what {@code GET /_emulator/topology}
 * shows and {@code POST /_emulator/topology} adds. In an addition, a part left null is
 * absent: no instances, no databases, an empty name, 3 BE nodes. The emulator checks an
 * addition with the API's own rules (ids, names) before anything changes.
 */
public record Topology(@JsonProperty("projects") List<Project> projects) {

	/** A tenant project: 32 letters or digits. */
	public record Project(@JsonProperty("id") String id,
			@JsonProperty("starrocks_instances") List<StarRocksInstance> starrocksInstances,
			@JsonProperty("taurus_instances") List<TaurusInstance> taurusInstances) {
	}

	/**
	 * A StarRocks (HTAP) instance; {@code taurusInstanceId} is the TaurusDB instance it
	 * is attached to, null for every one of the project.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record StarRocksInstance(@JsonProperty("id") String id, @JsonProperty("name") String name,
			@JsonProperty("be_nodes") Integer beNodes, @JsonProperty("taurus_instance_id") String taurusInstanceId) {
	}

	/** A TaurusDB source instance, with the node ids of its read replicas. */
	public record TaurusInstance(@JsonProperty("id") String id, @JsonProperty("name") String name,
			@JsonProperty("read_replicas") List<String> readReplicas,
			@JsonProperty("databases") List<Database> databases) {
	}

	public record Database(@JsonProperty("name") String name, @JsonProperty("tables") List<Table> tables) {
	}

	public record Table(@JsonProperty("name") String name, @JsonProperty("columns") List<String> columns) {
	}

}
