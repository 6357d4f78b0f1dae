package io.github.taurusdbhtapmock.service.catalogue.wire;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.catalogue.StorageType;

/** The reply of ListHtapStorageType. */
public record HtapStorageTypesResponse(@JsonProperty("storage_type") List<HtapStorageType> storageType) {

	public static HtapStorageTypesResponse from(List<StorageType> types) {
		return new HtapStorageTypesResponse(types.stream()
			.map((type) -> new HtapStorageType(type.name(), HtapFlavorsResponse.wire(type.azStatus()),
					type.minVolumeSizeGb()))
			.toList());
	}

	/** One volume type; min_volume_size (GB) is an integer, as the SDK declares. */
	public record HtapStorageType(@JsonProperty("name") String name,
			@JsonProperty("az_status") Map<String, String> azStatus,
			@JsonProperty("min_volume_size") int minVolumeSize) {
	}

}
