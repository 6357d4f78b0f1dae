package io.github.taurusdbhtapmock.service.parameter.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The reply of CheckStarrocksParams: each parameter whose value in the source
 * configuration differs from the default template's, in name order; every value a JSON
 * string.
 */
public record CompareParametersResponse(@JsonProperty("differences") List<Difference> differences) {

	public record Difference(@JsonProperty("parameter_name") String parameterName,
			@JsonProperty("source_value") String sourceValue, @JsonProperty("target_value") String targetValue) {
	}

}
