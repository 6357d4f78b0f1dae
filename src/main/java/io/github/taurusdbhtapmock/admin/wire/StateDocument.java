package io.github.taurusdbhtapmock.admin.wire;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.job.wire.JobSnapshot;
import io.github.taurusdbhtapmock.service.replication.wire.TaskSnapshot;

/**
 * Every task and job, as {@code GET /_emulator/state} exports them and {@code PUT}
 * imports them.
 */
public record StateDocument(
		@JsonProperty("format_version") @NotNull @Pattern(regexp = StateDocument.FORMAT_VERSION,
				message = "{validation.state-format-version}") String formatVersion,
		@JsonProperty("tasks") @NotNull List<@NotNull @Valid TaskSnapshot> tasks,
		@JsonProperty("jobs") @NotNull List<@NotNull @Valid JobSnapshot> jobs) {

	/**
	 * Raised when the document's layout changes, so an old export is refused rather than
	 * misread.
	 */
	public static final String FORMAT_VERSION = "1";

}
