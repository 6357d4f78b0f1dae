package io.github.taurusdbhtapmock.service.slowlogmasking.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reply of ShowStarRocksSlowlogSensitiveStatus: "true" or "false" as a JSON string, as
 * the SDK declares it (the update takes a JSON boolean; clients that read a boolean here
 * fail).
 */
public record MaskingStatusResponse(@JsonProperty("open_slow_log_switch") String openSlowLogSwitch) {
}
