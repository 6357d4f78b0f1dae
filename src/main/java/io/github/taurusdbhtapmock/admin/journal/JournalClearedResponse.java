package io.github.taurusdbhtapmock.admin.journal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to {@code DELETE /_emulator/requests}: how many entries were forgotten. */
record JournalClearedResponse(@JsonProperty("deleted") int deleted) {
}
