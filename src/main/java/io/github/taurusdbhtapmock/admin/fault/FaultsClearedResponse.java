package io.github.taurusdbhtapmock.admin.fault;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to {@code DELETE /_emulator/faults}: how many rules were removed. */
record FaultsClearedResponse(@JsonProperty("deleted") int deleted) {
}
