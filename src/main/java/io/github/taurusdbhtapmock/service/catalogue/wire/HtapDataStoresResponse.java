package io.github.taurusdbhtapmock.service.catalogue.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.catalogue.KernelVersion;

/** The reply of ListHtapDataStore: the kernel versions on sale. */
public record HtapDataStoresResponse(@JsonProperty("datastores") List<HtapDataStore> datastores) {

	public static HtapDataStoresResponse from(List<KernelVersion> versions) {
		return new HtapDataStoresResponse(versions.stream()
			.map((version) -> new HtapDataStore(version.id(), version.name(), version.kernelVersion()))
			.toList());
	}

	/** One kernel version; every field a string, as the SDK declares. */
	public record HtapDataStore(@JsonProperty("id") String id, @JsonProperty("name") String name,
			@JsonProperty("kernel_version") String kernelVersion) {
	}

}
