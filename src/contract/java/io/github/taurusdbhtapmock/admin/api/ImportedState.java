package io.github.taurusdbhtapmock.admin.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code PUT /_emulator/state}: how many tasks and jobs now replace the
 * previous ones.
 */
public record ImportedState(@JsonProperty("tasks") int tasks, @JsonProperty("jobs") int jobs) {
}
