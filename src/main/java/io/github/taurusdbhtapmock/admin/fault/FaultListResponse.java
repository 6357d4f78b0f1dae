package io.github.taurusdbhtapmock.admin.fault;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.admin.api.FaultRule;

/** {@code GET /_emulator/faults}: the rules in the order they are tried. */
record FaultListResponse(@JsonProperty("faults") List<FaultRule> faults) {
}
