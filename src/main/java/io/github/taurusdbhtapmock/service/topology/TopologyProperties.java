package io.github.taurusdbhtapmock.service.topology;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
	 * every one of the project. {@code spec} and {@code operation} are what the instance
	 * runs and the operation under way, as the state document carries them; absent, the
	 * instance is a seeded, idle one.
	 */
	public record StarRocksSeed(@JsonProperty("id") @NotNull @StarRocksInstanceId String id,
			@JsonProperty("name") @DefaultValue("") String name,
			@JsonProperty("be_nodes") @DefaultValue("3") @Min(1) @Max(100) Integer beNodes,
			@JsonProperty("taurus_instance_id") @TaurusInstanceId String taurusInstanceId,
			@JsonProperty("spec") @Valid SpecSeed spec, @JsonProperty("operation") @Valid OperationSeed operation) {

		@ConstructorBinding
		public StarRocksSeed {
			name = (name != null) ? name : "";
			beNodes = (beNodes != null) ? beNodes : 3;
		}

		public StarRocksSeed(String id, String name, Integer beNodes, String taurusInstanceId) {
			this(id, name, beNodes, taurusInstanceId, null, null);
		}

	}

	/**
	 * What a StarRocks instance runs (StarRocksSpec); every absent field is the seeded
	 * default.
	 */
	public record SpecSeed(@JsonProperty("fe_nodes") @Min(1) @Max(100) Integer feNodes,
			@JsonProperty("fe_flavor_id") @Size(max = 64) String feFlavorId,
			@JsonProperty("be_flavor_id") @Size(max = 64) String beFlavorId,
			@JsonProperty("version") @Size(max = 32) String version,
			@JsonProperty("fe_volume") @Valid VolumeSeed feVolume,
			@JsonProperty("be_volume") @Valid VolumeSeed beVolume,
			@JsonProperty("security_group_id") @Size(max = 64) String securityGroupId,
			@JsonProperty("az_mode") @Pattern(regexp = "single|multi") String azMode,
			@JsonProperty("az_code") @Size(max = 128) String azCode,
			@JsonProperty("time_zone") @Size(max = 16) String timeZone,
			@JsonProperty("enterprise_project_id") @Size(max = 64) String enterpriseProjectId,
			@JsonProperty("created_at") @Min(0) Long createdAt,
			@JsonProperty("status") @Pattern(regexp = "normal|createfail") String status) {

		StarRocksSpec toSpec(int beNodes) {
			StarRocksSpec seeded = StarRocksSpec.seeded(beNodes);
			return new StarRocksSpec(or(this.feNodes, seeded.feNodes()), or(this.feFlavorId, seeded.feFlavorId()),
					or(this.beFlavorId, seeded.beFlavorId()), or(this.version, seeded.version()),
					(this.feVolume != null) ? this.feVolume.toVolume() : seeded.feVolume(),
					(this.beVolume != null) ? this.beVolume.toVolume() : seeded.beVolume(),
					or(this.securityGroupId, seeded.securityGroupId()), or(this.azMode, seeded.azMode()),
					or(this.azCode, seeded.azCode()), or(this.timeZone, seeded.timeZone()),
					or(this.enterpriseProjectId, seeded.enterpriseProjectId()),
					or(this.createdAt, seeded.createdAtMillis()), StarRocksInstance.CREATE_FAILED.equals(this.status));
		}

		static SpecSeed of(StarRocksSpec spec) {
			return new SpecSeed(spec.feNodes(), spec.feFlavorId(), spec.beFlavorId(), spec.version(),
					VolumeSeed.of(spec.feVolume()), VolumeSeed.of(spec.beVolume()), spec.securityGroupId(),
					spec.azMode(), spec.azCode(), spec.timeZone(), spec.enterpriseProjectId(), spec.createdAtMillis(),
					spec.createFailed() ? StarRocksInstance.CREATE_FAILED : StarRocksInstance.NORMAL);
		}

		private static <T> T or(T value, T fallback) {
			return (value != null) ? value : fallback;
		}

	}

	public record VolumeSeed(@JsonProperty("type") @NotNull @Size(min = 1, max = 32) String type,
			@JsonProperty("size_gb") @NotNull @Min(1) @Max(100000) Integer sizeGb) {

		VolumeSpec toVolume() {
			return new VolumeSpec(this.type, this.sizeGb);
		}

		static VolumeSeed of(VolumeSpec volume) {
			return new VolumeSeed(volume.type(), volume.sizeGb());
		}

	}

	/** The operation under way on a StarRocks instance (InstanceOperation). */
	public record OperationSeed(@JsonProperty("kind") @NotNull @Pattern(regexp = "CREATE|CHANGE|DELETE") String kind,
			@JsonProperty("name") @NotNull @Size(min = 1, max = 64) String name,
			@JsonProperty("job_id") @NotNull @Size(min = 1, max = 64) String jobId,
			@JsonProperty("status") @Size(max = 64) String status,
			@JsonProperty("action") @Size(max = 64) String action,
			@JsonProperty("node_id") @Size(max = 64) String nodeId,
			@JsonProperty("started_at") @NotNull @Min(0) Long startedAt,
			@JsonProperty("completes_at") @NotNull @Min(0) Long completesAt,
			@JsonProperty("target") @Valid SpecSeed target) {

		InstanceOperation toOperation(int beNodes) {
			return new InstanceOperation(InstanceOperation.Kind.valueOf(this.kind), this.name, this.jobId, this.status,
					this.action, this.nodeId, this.startedAt, this.completesAt,
					(this.target != null) ? this.target.toSpec(beNodes) : null);
		}

		static OperationSeed of(InstanceOperation operation) {
			return new OperationSeed(operation.kind().name(), operation.name(), operation.jobId(), operation.status(),
					operation.action(), operation.nodeId(), operation.startedAtMillis(), operation.completesAtMillis(),
					(operation.target() != null) ? SpecSeed.of(operation.target()) : null);
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
