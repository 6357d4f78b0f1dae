package io.github.taurusdbhtapmock.admin.wire;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.persistence.StateFormat;
import io.github.taurusdbhtapmock.service.dbuser.wire.DatabaseUserSnapshot;
import io.github.taurusdbhtapmock.service.instancesettings.wire.InstanceSettingsSnapshot;
import io.github.taurusdbhtapmock.service.job.wire.JobSnapshot;
import io.github.taurusdbhtapmock.service.parameter.wire.ParameterSnapshot;
import io.github.taurusdbhtapmock.service.replication.wire.TaskSnapshot;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties;

/**
 * Everything the emulator holds, as {@code GET /_emulator/state} exports it, {@code PUT}
 * imports it, and a snapshot file holds it: the typed reading of the {@link StateFormat
 * state document}, one component per part of the state, in the parts' order, checked with
 * the API's rules. Components added after the first version may be absent (or null): an
 * older document then imports with that part empty.
 */
public record StateDocument(
		@JsonProperty("format_version") @NotNull @Pattern(regexp = StateDocument.FORMAT_VERSION,
				message = "{validation.state-format-version}") String formatVersion,
		@JsonProperty("topology") @NotNull @Valid TopologyProperties topology,
		@JsonProperty("tasks") @NotNull List<@NotNull @Valid TaskSnapshot> tasks,
		@JsonProperty("jobs") @NotNull List<@NotNull @Valid JobSnapshot> jobs,
		@JsonProperty("database_users") List<@NotNull @Valid DatabaseUserSnapshot> databaseUsers,
		@JsonProperty("starrocks_parameters") List<@NotNull @Valid ParameterSnapshot> starrocksParameters,
		@JsonProperty("instance_settings") List<@NotNull @Valid InstanceSettingsSnapshot> instanceSettings) {

	/** The one format version, {@link StateFormat#VERSION}, as the document spells it. */
	public static final String FORMAT_VERSION = StateFormat.VERSION_TEXT;

	/** Parts added after the first version may be absent: they import empty. */
	public StateDocument {
		databaseUsers = (databaseUsers != null) ? databaseUsers : List.of();
		starrocksParameters = (starrocksParameters != null) ? starrocksParameters : List.of();
		instanceSettings = (instanceSettings != null) ? instanceSettings : List.of();
	}

	/** A document of the first four components, as older emulators wrote it. */
	public StateDocument(String formatVersion, TopologyProperties topology, List<TaskSnapshot> tasks,
			List<JobSnapshot> jobs) {
		this(formatVersion, topology, tasks, jobs, null, null, null);
	}

}
