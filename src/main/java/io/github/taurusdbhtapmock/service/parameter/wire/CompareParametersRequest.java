package io.github.taurusdbhtapmock.service.parameter.wire;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of CheckStarrocksParams (the SDK's CheckStarrocksParamsRequestBody). */
public record CompareParametersRequest(@JsonProperty("source_configuration_id") @NotNull @Pattern(
		regexp = "[A-Za-z0-9-]{1,64}", message = "{validation.configuration-id}") String sourceConfigurationId) {
}
