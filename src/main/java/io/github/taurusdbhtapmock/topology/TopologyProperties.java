package io.github.taurusdbhtapmock.topology;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.github.taurusdbhtapmock.validation.ProjectId;
import io.github.taurusdbhtapmock.validation.SourceDatabaseName;
import io.github.taurusdbhtapmock.validation.StarRocksInstanceId;
import io.github.taurusdbhtapmock.validation.TaurusInstanceId;
import io.github.taurusdbhtapmock.validation.TaurusNodeId;

/**
 * The seeded topology ({@code emulator.topology.*}): the demo topology from application.yml unless an external
 * file or environment replaces the list. Checked with the same rules as the API, so a typo in a seed fails fast.
 */
@Validated
@ConfigurationProperties("emulator.topology")
public record TopologyProperties(@DefaultValue List<@Valid ProjectSeed> projects) {

	public record ProjectSeed(@NotNull @ProjectId String id,
			@DefaultValue List<@Valid StarRocksSeed> starrocksInstances,
			@DefaultValue List<@Valid TaurusSeed> taurusInstances) {
	}

	/** {@code taurusInstanceId}: the TaurusDB instance it is attached to; absent means every one of the project. */
	public record StarRocksSeed(@NotNull @StarRocksInstanceId String id, @DefaultValue("") String name,
			@DefaultValue("3") @Min(1) int beNodes, @TaurusInstanceId String taurusInstanceId) {
	}

	public record TaurusSeed(@NotNull @TaurusInstanceId String id, @DefaultValue("") String name,
			@DefaultValue List<@NotBlank @TaurusNodeId String> readReplicas,
			@DefaultValue List<@Valid DatabaseSeed> databases) {
	}

	public record DatabaseSeed(@NotNull @SourceDatabaseName String name, @DefaultValue List<@Valid TableSeed> tables) {
	}

	public record TableSeed(@NotBlank String name, @DefaultValue List<@NotBlank String> columns) {
	}

}
