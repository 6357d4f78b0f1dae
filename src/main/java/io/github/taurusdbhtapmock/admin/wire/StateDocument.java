package io.github.taurusdbhtapmock.admin.wire;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.persistence.StateFormat;
import io.github.taurusdbhtapmock.service.instancesettings.wire.InstanceSettingsSnapshot;
import io.github.taurusdbhtapmock.service.job.wire.JobSnapshot;
import io.github.taurusdbhtapmock.service.replication.wire.TaskSnapshot;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties;

/**
 * Everything the emulator holds, as {@code GET /_emulator/state} exports it, {@code PUT}
 * imports it, and a snapshot file holds it: the typed reading of the {@link StateFormat
 * state document}, one component per part of the state, in the parts' order, checked with
 * the API's rules.
 */
public record StateDocument(
		@JsonProperty("format_version") @NotNull @Pattern(regexp = StateDocument.FORMAT_VERSION,
				message = "{validation.state-format-version}") String formatVersion,
		@JsonProperty("topology") @NotNull @Valid TopologyProperties topology,
		@JsonProperty("tasks") @NotNull List<@NotNull @Valid TaskSnapshot> tasks,
		@JsonProperty("jobs") @NotNull List<@NotNull @Valid JobSnapshot> jobs,
		@JsonProperty("instance_settings") List<@NotNull @Valid InstanceSettingsSnapshot> instanceSettings) {

	/** The one format version, {@link StateFormat#VERSION}, as the document spells it. */
	public static final String FORMAT_VERSION = StateFormat.VERSION_TEXT;

	/**
	 * The settings of running instances may be absent: a document exported before they
	 * existed imports as one without any.
	 */
	public StateDocument {
		instanceSettings = (instanceSettings != null) ? instanceSettings : List.of();
	}

	/** A document without settings of running instances. */
	public StateDocument(String formatVersion, TopologyProperties topology, List<TaskSnapshot> tasks,
			List<JobSnapshot> jobs) {
		this(formatVersion, topology, tasks, jobs, null);
	}

}
