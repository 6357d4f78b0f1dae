package io.github.taurusdbhtapmock.controlplane.fault;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to {@code DELETE /_emulator/faults}: how many rules were removed. */
record FaultsClearedResponse(@JsonProperty("deleted") int deleted) {
}
