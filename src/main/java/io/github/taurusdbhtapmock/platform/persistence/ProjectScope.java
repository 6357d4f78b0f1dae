package io.github.taurusdbhtapmock.platform.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The project a clearing record applies to; null means every project. */
public record ProjectScope(@JsonProperty("project_id") String projectId) {
}
