package io.github.taurusdbhtapmock.service.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * What HTAP Standard Edition sells in the emulator's region: the StarRocks kernel
 * versions, the FE and BE node flavors of each and the volume types. ListHtapDataStore,
 * ListHtapFlavor and ListHtapStorageType read it, and an instance creation validates its
 * version, flavors and volume type with the lookups below. The values are fixed (see
 * docs/decisions.md) so that clients and tests can rely on them; ids are name-based
 * UUIDs, stable across restarts.
 */
@Component
public class HtapCatalogue {

	/** The only HTAP engine: the engine_name and database of the catalogue's paths. */
	public static final String ENGINE = "star-rocks";

	/** The availability zones of the emulator's region (cn-north-4), in order. */
	public static final List<String> AVAILABILITY_ZONES = List.of("cn-north-4a", "cn-north-4b", "cn-north-4c");

	/**
	 * The versions on sale, oldest first; the first is the one the seeded instances run,
	 * with their datastore id.
	 */
	private static final List<KernelVersion> VERSIONS = List
		.of(new KernelVersion("38197973-8895-36ed-b853-52daeefb6d3a", "3.1.6", "3.1.6.0"), version("3.3.8", "3.3.8.0"));

	/** The HA mode of an instance with one FE and one BE node. */
	public static final String SINGLE = "Single";

	/** The HA mode of an instance with several FE and BE nodes. */
	public static final String CLUSTER = "Cluster";

	/** The largest volume of a node, in GB. */
	public static final int MAX_VOLUME_GB = 10_000;

	/**
	 * The name nodes report for the volume type ULTRAHIGH, which an instance creation
	 * accepts for it (the Terraform provider's tests send it).
	 */
	public static final String SSD = "SSD";

	private static final Map<String, Map<String, NodeRange>> NODE_RANGES = Map.of(SINGLE,
			Map.of(Flavor.FRONTEND, new NodeRange(1, 1), Flavor.BACKEND, new NodeRange(1, 1)), CLUSTER,
			Map.of(Flavor.FRONTEND, new NodeRange(3, 10), Flavor.BACKEND, new NodeRange(3, 100)));

	private final List<Flavor> flavors;

	private final List<StorageType> storageTypes;

	public HtapCatalogue() {
		List<Flavor> allFlavors = new ArrayList<>();
		List<StorageType> allStorageTypes = new ArrayList<>();
		for (KernelVersion version : VERSIONS) {
			for (String role : List.of(Flavor.FRONTEND, Flavor.BACKEND)) {
				allFlavors
					.add(flavor(version, role, "xlarge", 4, zones(AzStatus.NORMAL, AzStatus.NORMAL, AzStatus.NORMAL)));
				allFlavors.add(
						flavor(version, role, "2xlarge", 8, zones(AzStatus.NORMAL, AzStatus.NORMAL, AzStatus.SELLOUT)));
				// The largest flavors are only in the first zone: a single-zone choice.
				allFlavors.add(flavor(version, role, "4xlarge", 16,
						zones(AzStatus.NORMAL, AzStatus.UNSUPPORTED, AzStatus.UNSUPPORTED)));
			}
			allStorageTypes.add(new StorageType(StorageType.ULTRAHIGH, version.kernelVersion(), 50,
					zones(AzStatus.NORMAL, AzStatus.NORMAL, AzStatus.NORMAL)));
			allStorageTypes.add(new StorageType("ESSD", version.kernelVersion(), 100,
					zones(AzStatus.NORMAL, AzStatus.NORMAL, AzStatus.UNSUPPORTED)));
		}
		this.flavors = List.copyOf(allFlavors);
		this.storageTypes = List.copyOf(allStorageTypes);
	}

	public List<KernelVersion> versions() {
		return VERSIONS;
	}

	/**
	 * The version on sale whose full kernel version (e.g. 3.1.6.0) or name (3.1.6) this
	 * is.
	 */
	public Optional<KernelVersion> findVersion(String version) {
		return VERSIONS.stream()
			.filter((candidate) -> candidate.kernelVersion().equals(version) || candidate.name().equals(version))
			.findFirst();
	}

	/** The flavors matching every filter given (null: no filter), in catalogue order. */
	public List<Flavor> flavors(FlavorQuery query) {
		return this.flavors.stream().filter(query::matches).toList();
	}

	/** A flavor by its id, as fe_flavor_id and be_flavor_id name it. */
	public Optional<Flavor> findFlavor(String flavorId) {
		return this.flavors.stream().filter((flavor) -> flavor.id().equals(flavorId)).findFirst();
	}

	/**
	 * A flavor by id or by spec code (the flavor_ref of nodes and of a resource check),
	 * of this role; the first version's when several versions sell the spec code.
	 */
	public Optional<Flavor> findFlavorByRef(String ref, String role) {
		return this.flavors.stream()
			.filter((flavor) -> (flavor.id().equals(ref) || flavor.specCode().equals(ref))
					&& flavor.role().equals(role))
			.findFirst();
	}

	/** A flavor by id, if it is of this role (fe or be) and kernel version. */
	public Optional<Flavor> findFlavor(String flavorId, String role, String kernelVersion) {
		return findFlavor(flavorId)
			.filter((flavor) -> flavor.role().equals(role) && flavor.versionName().equals(kernelVersion));
	}

	/** The volume types of a kernel version (none for a version not on sale). */
	public List<StorageType> storageTypes(String kernelVersion) {
		return this.storageTypes.stream().filter((type) -> type.versionName().equals(kernelVersion)).toList();
	}

	/** A volume type of a kernel version by name, e.g. ULTRAHIGH. */
	public Optional<StorageType> findStorageType(String kernelVersion, String name) {
		return storageTypes(kernelVersion).stream().filter((type) -> type.name().equals(name)).findFirst();
	}

	/** The newest version on sale: what a kernel upgrade installs. */
	public KernelVersion newest() {
		return VERSIONS.get(VERSIONS.size() - 1);
	}

	/**
	 * How many nodes of a role (fe or be) an instance of an HA mode (Single or Cluster)
	 * may have; empty for an unknown mode.
	 */
	public Optional<NodeRange> nodeRange(String haMode, String role) {
		return Optional.ofNullable(NODE_RANGES.get(haMode)).map((ranges) -> ranges.get(role));
	}

	/**
	 * The volume type an instance's io_type names: a storage type of the version, or SSD
	 * for ULTRAHIGH, the name its nodes report.
	 */
	public Optional<StorageType> findVolumeType(String kernelVersion, String ioType) {
		return findStorageType(kernelVersion, SSD.equals(ioType) ? StorageType.ULTRAHIGH : ioType);
	}

	private static KernelVersion version(String name, String kernelVersion) {
		return new KernelVersion(nameBasedId("datastore:" + kernelVersion), name, kernelVersion);
	}

	private static Flavor flavor(KernelVersion version, String role, String size, int vcpus,
			Map<String, AzStatus> azStatus) {
		String specCode = "gaussdb.sr-" + role + "." + size + ".x86.4";
		return new Flavor(nameBasedId("flavor:" + specCode + "@" + version.kernelVersion()), specCode,
				version.kernelVersion(), role, vcpus, vcpus * 4, azStatus);
	}

	/** The statuses in {@link #AVAILABILITY_ZONES}, in their order. */
	private static Map<String, AzStatus> zones(AzStatus... statuses) {
		Map<String, AzStatus> zones = new LinkedHashMap<>();
		for (int i = 0; i < statuses.length; i++) {
			zones.put(AVAILABILITY_ZONES.get(i), statuses[i]);
		}
		return Collections.unmodifiableMap(zones);
	}

	private static String nameBasedId(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

}
