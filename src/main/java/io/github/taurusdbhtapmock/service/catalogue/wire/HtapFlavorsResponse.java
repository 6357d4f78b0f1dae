package io.github.taurusdbhtapmock.service.catalogue.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.catalogue.AzStatus;
import io.github.taurusdbhtapmock.service.catalogue.Flavor;

/** The reply of ListHtapFlavor. */
public record HtapFlavorsResponse(@JsonProperty("flavors") List<HtapFlavor> flavors) {

	/**
	 * The instance_mode of every flavor: HTAP Standard Edition instances are clusters of
	 * FE and BE nodes.
	 */
	static final String INSTANCE_MODE = "Cluster";

	/** The CPU architecture of every flavor, as its spec code says. */
	static final String TYPE = "x86";

	public static HtapFlavorsResponse from(List<Flavor> flavors) {
		return new HtapFlavorsResponse(flavors.stream()
			.map((flavor) -> new HtapFlavor(TYPE, Integer.toString(flavor.vcpus()), Integer.toString(flavor.ramGb()),
					flavor.id(), flavor.specCode(), flavor.versionName(), INSTANCE_MODE, wire(flavor.azStatus())))
			.toList());
	}

	/** Zone to status, in zone order. */
	static Map<String, String> wire(Map<String, AzStatus> azStatus) {
		Map<String, String> wire = new LinkedHashMap<>();
		azStatus.forEach((zone, status) -> wire.put(zone, status.wireValue()));
		return wire;
	}

	/** One flavor; vcpus and ram (GB) are strings, as the SDK declares. */
	public record HtapFlavor(@JsonProperty("type") String type, @JsonProperty("vcpus") String vcpus,
			@JsonProperty("ram") String ram, @JsonProperty("id") String id, @JsonProperty("spec_code") String specCode,
			@JsonProperty("version_name") String versionName, @JsonProperty("instance_mode") String instanceMode,
			@JsonProperty("az_status") Map<String, String> azStatus) {
	}

}
