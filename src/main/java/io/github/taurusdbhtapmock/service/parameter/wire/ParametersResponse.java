package io.github.taurusdbhtapmock.service.parameter.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The reply of ShowStarrocksParams: the node type's configuration, how many parameters it
 * has, and one page of them. total_count is a JSON number, restart_required and readonly
 * JSON booleans, every other value a string, as the SDK declares them.
 */
public record ParametersResponse(@JsonProperty("configurations") ConfigurationInfo configurations,
		@JsonProperty("total_count") int totalCount,
		@JsonProperty("parameter_values") List<ParameterValue> parameterValues) {

	public record ConfigurationInfo(@JsonProperty("datastore_version_name") String datastoreVersionName,
			@JsonProperty("datastore_name") String datastoreName,
			@JsonProperty("configuration_id") String configurationId, @JsonProperty("created") String created,
			@JsonProperty("updated") String updated) {
	}

	public record ParameterValue(@JsonProperty("name") String name, @JsonProperty("value") String value,
			@JsonProperty("restart_required") boolean restartRequired, @JsonProperty("readonly") boolean readonly,
			@JsonProperty("value_range") String valueRange, @JsonProperty("type") String type,
			@JsonProperty("description") String description) {
	}

}
