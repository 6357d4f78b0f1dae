package io.github.taurusdbhtapmock.service.replication.wire;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One database-level sync parameter, {@code {"param_name","value"}}; values are JSON
 * strings even for numbers.
 */
public record DbConfig(@JsonProperty("param_name") @NotNull @Size(min = 1, max = 1024) String paramName,
		@JsonProperty("value") @NotNull @Size(min = 1, max = 1024) String value) {
}
