package io.github.taurusdbhtapmock.service.replication.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.replication.dbconfig.DbParameterCatalogue.DescribedParameter;

/**
 * Reply of ListStarRocksDbParameters: every field a JSON string, is_modifiable included.
 */
public record DbParametersResponse(@JsonProperty("db_parameters") List<DbParameterInfo> dbParameters) {

	public static DbParametersResponse from(List<DescribedParameter> parameters) {
		return new DbParametersResponse(parameters.stream()
			.map((described) -> new DbParameterInfo(described.parameter().name(),
					described.parameter().dataType().wireValue(), described.parameter().defaultValue(),
					described.parameter().valueRange(), described.description(),
					String.valueOf(described.modifiable())))
			.toList());
	}

	public record DbParameterInfo(@JsonProperty("param_name") String paramName,
			@JsonProperty("data_type") String dataType, @JsonProperty("default_value") String defaultValue,
			@JsonProperty("value_range") String valueRange, @JsonProperty("description") String description,
			@JsonProperty("is_modifiable") String isModifiable) {
	}

}
