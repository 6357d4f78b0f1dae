package io.github.taurusdbhtapmock.service.parameter.wire;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of UpdateStarrocksParams (the SDK's UpdateParamInfo): the node type and the new
 * values, every one a JSON string as the SDK declares them.
 */
public record UpdateParametersRequest(@JsonProperty("node_type") @NotNull @NodeTypeName String nodeType,
		@JsonProperty("parameter_values") @NotEmpty @Size(
				max = 256) Map<@NotNull @Size(max = 128) String, @NotNull @Size(max = 1024) String> parameterValues) {
}
