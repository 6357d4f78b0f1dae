package io.github.taurusdbhtapmock.service.topology;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.service.validation.SourceDatabaseName;
import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;
import io.github.taurusdbhtapmock.platform.validation.TaurusInstanceId;
import io.github.taurusdbhtapmock.platform.validation.TaurusNodeId;

/**
 * The seeded topology ({@code emulator.topology.*}): the demo topology from
 * application.yml unless an external file or environment replaces the list. Checked with
 * the same rules as the API, so a typo in a seed fails fast. The same records, with their
 * snake_case JSON names, are what the control plane exchanges at
 * {@code /_emulator/topology}; absent parts are empty, and BE nodes default to 3.
 */
@Validated
@ConfigurationProperties("emulator.topology")
public record TopologyProperties(@JsonProperty("projects") @DefaultValue List<@NotNull @Valid ProjectSeed> projects) {

	public TopologyProperties {
		projects = orEmpty(projects);
	}

	public record ProjectSeed(@JsonProperty("id") @NotNull @ProjectId String id,
			@JsonProperty("starrocks_instances") @DefaultValue List<@NotNull @Valid StarRocksSeed> starrocksInstances,
			@JsonProperty("taurus_instances") @DefaultValue List<@NotNull @Valid TaurusSeed> taurusInstances) {

		public ProjectSeed {
			starrocksInstances = orEmpty(starrocksInstances);
			taurusInstances = orEmpty(taurusInstances);
		}

	}

	/**
	 * {@code taurusInstanceId}: the TaurusDB instance it is attached to; absent means
	 * every one of the project.
	 */
	public record StarRocksSeed(@JsonProperty("id") @NotNull @StarRocksInstanceId String id,
			@JsonProperty("name") @DefaultValue("") String name,
			@JsonProperty("be_nodes") @DefaultValue("3") @Min(1) @Max(100) Integer beNodes,
			@JsonProperty("taurus_instance_id") @TaurusInstanceId String taurusInstanceId) {

		public StarRocksSeed {
			name = (name != null) ? name : "";
			beNodes = (beNodes != null) ? beNodes : 3;
		}

	}

	public record TaurusSeed(@JsonProperty("id") @NotNull @TaurusInstanceId String id,
			@JsonProperty("name") @DefaultValue("") String name,
			@JsonProperty("read_replicas") @DefaultValue List<@NotBlank @TaurusNodeId String> readReplicas,
			@JsonProperty("databases") @DefaultValue List<@NotNull @Valid DatabaseSeed> databases) {

		public TaurusSeed {
			name = (name != null) ? name : "";
			readReplicas = orEmpty(readReplicas);
			databases = orEmpty(databases);
		}

	}

	public record DatabaseSeed(@JsonProperty("name") @NotNull @SourceDatabaseName String name,
			@JsonProperty("tables") @DefaultValue List<@NotNull @Valid TableSeed> tables) {

		public DatabaseSeed {
			tables = orEmpty(tables);
		}

	}

	public record TableSeed(
			@JsonProperty("name") @NotNull @Pattern(regexp = "[A-Za-z0-9_]{1,64}",
					message = "{validation.table-name}") String name,
			@JsonProperty("columns") @DefaultValue List<@NotNull @Pattern(regexp = "[A-Za-z0-9_]{1,64}",
					message = "{validation.column-name}") String> columns) {

		public TableSeed {
			columns = orEmpty(columns);
		}

	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
