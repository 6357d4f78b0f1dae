package io.github.taurusdbhtapmock.service.starrocks;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.service.validation.PasswordKinds;
import io.github.taurusdbhtapmock.service.catalogue.AzStatus;
import io.github.taurusdbhtapmock.service.catalogue.Flavor;
import io.github.taurusdbhtapmock.service.catalogue.HtapCatalogue;
import io.github.taurusdbhtapmock.service.catalogue.KernelVersion;
import io.github.taurusdbhtapmock.service.catalogue.NodeRange;
import io.github.taurusdbhtapmock.service.catalogue.StorageType;
import io.github.taurusdbhtapmock.service.topology.VolumeSpec;

/**
 * What an instance may be made of, as the catalogue sells it: engine and version, node
 * counts of each HA mode, flavors, availability zones and volumes; and the rules for its
 * name and root password. Each rule refuses with the code the API documents for it (see
 * docs/decisions.md).
 */
@Component
class InstanceShapeRules {

	/** A letter first, then letters, digits, hyphens and underscores: 4 to 64 in all. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{3,63}");

	private static final String SPECIAL_CHARACTERS = "~!@#$%^*-_=+?,()&";

	private static final int PASSWORD_MIN = 8;

	private static final int PASSWORD_MAX = 32;

	private static final int PASSWORD_KINDS = 3;

	private static final int VOLUME_STEP_GB = 10;

	private final HtapCatalogue catalogue;

	InstanceShapeRules(HtapCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	void requireName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new ApiException(ErrorCode.INVALID_INSTANCE_NAME, "detail.instance-name", name);
		}
	}

	/**
	 * 8 to 32 characters of letters, digits and the special characters, with at least
	 * three of the four kinds.
	 */
	void requireStrongPassword(String password) {
		PasswordKinds kinds = PasswordKinds.of(password, SPECIAL_CHARACTERS);
		boolean allowed = password.length() >= PASSWORD_MIN && password.length() <= PASSWORD_MAX
				&& kinds.onlyAllowedCharacters();
		if (!allowed || kinds.kinds() < PASSWORD_KINDS) {
			throw new ApiException(ErrorCode.WEAK_PASSWORD, "detail.weak-password");
		}
	}

	/** The engine must be star-rocks, the version one on sale (short or full form). */
	KernelVersion requireVersion(String engineType, String version) {
		if (!HtapCatalogue.ENGINE.equals(engineType)) {
			throw new ApiException(ErrorCode.INVALID_DATABASE_TYPE, "detail.engine-type", engineType);
		}
		return this.catalogue.findVersion(version)
			.orElseThrow(() -> new ApiException(ErrorCode.UNSUPPORTED_VERSION, "detail.engine-version", version,
					String.join(", ", this.catalogue.versions().stream().map(KernelVersion::kernelVersion).toList())));
	}

	/** The FE and BE counts an HA mode allows (Single: one of each). */
	void requireNodeCounts(String haMode, String feField, int feCount, String beField, int beCount) {
		requireCount(haMode, Flavor.FRONTEND, feField, feCount);
		requireCount(haMode, Flavor.BACKEND, beField, beCount);
	}

	private void requireCount(String haMode, String role, String field, int count) {
		NodeRange range = this.catalogue.nodeRange(haMode, role)
			.orElseThrow(() -> new ApiException(ErrorCode.PARAMETER_ERROR, "detail.ha-mode", haMode));
		if (!range.contains(count)) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.node-count", field, Integer.toString(count),
					haMode, Integer.toString(range.min()), Integer.toString(range.max()));
		}
	}

	/**
	 * The zones an az_code names: one for az_mode single, two or more for multi, each a
	 * zone of the region, each once; in the order given.
	 */
	List<String> requireZones(String azMode, String azCode) {
		List<String> zones = Arrays.stream(azCode.split(",", -1)).map(String::trim).toList();
		Set<String> distinct = new LinkedHashSet<>(zones);
		boolean single = "single".equals(azMode);
		boolean counted = single ? zones.size() == 1 : zones.size() >= 2;
		if (!counted || distinct.size() != zones.size() || !HtapCatalogue.AVAILABILITY_ZONES.containsAll(zones)) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.availability-zone", azCode,
					single ? "one" : "two or more", String.join(", ", HtapCatalogue.AVAILABILITY_ZONES), azMode);
		}
		return zones;
	}

	/** A flavor of the role and version, on sale in every zone. */
	Flavor requireFlavor(String field, String flavorId, String role, String kernelVersion, List<String> zones) {
		Flavor flavor = this.catalogue.findFlavor(flavorId, role, kernelVersion)
			.orElseThrow(() -> new ApiException(ErrorCode.PARAMETER_ERROR, "detail.flavor-unknown", field, flavorId,
					role, kernelVersion));
		requireOnSale(flavor, field, zones);
		return flavor;
	}

	/** A flavor of the role named by spec code or id, on sale in every zone. */
	Flavor requireFlavorByRef(String field, String ref, String role, List<String> zones) {
		Flavor flavor = this.catalogue.findFlavorByRef(ref, role)
			.orElseThrow(() -> new ApiException(ErrorCode.PARAMETER_ERROR, "detail.flavor-unknown", field, ref, role,
					String.join(", ", this.catalogue.versions().stream().map(KernelVersion::kernelVersion).toList())));
		requireOnSale(flavor, field, zones);
		return flavor;
	}

	private static void requireOnSale(Flavor flavor, String field, List<String> zones) {
		for (String zone : zones) {
			AzStatus status = flavor.azStatus().getOrDefault(zone, AzStatus.UNSUPPORTED);
			if (status != AzStatus.NORMAL) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.flavor-not-on-sale", field, flavor.id(),
						status.wireValue(), zone);
			}
		}
	}

	/**
	 * A volume type of the version (SSD stands for ULTRAHIGH), on sale in every zone, of
	 * a size from the type's minimum to the largest, in steps of 10 GB.
	 */
	VolumeSpec requireVolume(String field, String kernelVersion, String ioType, int sizeGb, List<String> zones) {
		StorageType type = this.catalogue.findVolumeType(kernelVersion, ioType)
			.orElseThrow(() -> new ApiException(ErrorCode.PARAMETER_ERROR, "detail.storage-type", field, ioType,
					kernelVersion, String.join(", ",
							this.catalogue.storageTypes(kernelVersion).stream().map(StorageType::name).toList())));
		for (String zone : zones) {
			AzStatus status = type.azStatus().getOrDefault(zone, AzStatus.UNSUPPORTED);
			if (status != AzStatus.NORMAL) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.storage-not-on-sale", field, ioType,
						status.wireValue(), zone);
			}
		}
		if (sizeGb < type.minVolumeSizeGb() || sizeGb > HtapCatalogue.MAX_VOLUME_GB || sizeGb % VOLUME_STEP_GB != 0) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.volume-size", field, Integer.toString(sizeGb),
					Integer.toString(type.minVolumeSizeGb()), Integer.toString(HtapCatalogue.MAX_VOLUME_GB),
					type.name());
		}
		return new VolumeSpec(type.name(), sizeGb);
	}

}
