package io.github.taurusdbhtapmock.service.slowlogmasking.wire;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.instancesettings.wire.JsonBooleanOnly;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of UpdateSlowlogSensitiveStatus: a JSON boolean, true to mask the literals of the
 * statements in the slow log.
 */
public record MaskingUpdateRequest(@JsonProperty("open_slow_log_switch") @JsonDeserialize(
		using = JsonBooleanOnly.class) @NotNull Boolean openSlowLogSwitch) {
}
