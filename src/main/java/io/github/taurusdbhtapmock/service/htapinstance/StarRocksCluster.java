package io.github.taurusdbhtapmock.service.htapinstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.github.taurusdbhtapmock.service.catalogue.HtapCatalogue;
import io.github.taurusdbhtapmock.service.catalogue.KernelVersion;
import io.github.taurusdbhtapmock.service.topology.InstanceOperation;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.StarRocksSpec;

/**
 * A StarRocks instance with the nodes it has in the cloud: as many FE nodes as its spec
 * says (the first the leader, the others followers) and its BE nodes, spread over its
 * availability zones in turn. Ids and addresses are derived from the instance id, so
 * every query answers the same nodes and two instances do not share ids. Flavors and
 * version are resolved in the catalogue.
 */
public record StarRocksCluster(StarRocksInstance instance, List<StarRocksNode> frontends, List<StarRocksNode> backends,
		NodeFlavor feFlavor, NodeFlavor beFlavor, String datastoreVersionId, String engineVersion,
		boolean newVersionAvailable) {

	/** What a node or instance action's status says: the action may run. */
	public static final String ACTION_OK_TO_RUN = "OK_TO_RUN";

	public StarRocksCluster {
		frontends = List.copyOf(frontends);
		backends = List.copyOf(backends);
	}

	public static StarRocksCluster of(StarRocksInstance instance, HtapCatalogue catalogue) {
		StarRocksSpec spec = instance.spec();
		List<String> zones = List.of(spec.azCode().split(","));
		List<StarRocksNode> frontends = new ArrayList<>();
		for (int index = 0; index < spec.feNodes(); index++) {
			frontends.add(node(instance, (index == 0) ? NodeRole.FE_LEADER : NodeRole.FE_FOLLOWER, index, zones));
		}
		List<StarRocksNode> backends = new ArrayList<>();
		for (int index = 0; index < instance.beNodes(); index++) {
			backends.add(node(instance, NodeRole.BE, index, zones));
		}
		Optional<KernelVersion> version = catalogue.findVersion(spec.version());
		return new StarRocksCluster(instance, frontends, backends, flavor(catalogue, spec.feFlavorId()),
				flavor(catalogue, spec.beFlavorId()),
				version.map(KernelVersion::id).orElse(CloudDefaults.DATASTORE_VERSION_ID),
				version.map(KernelVersion::name).orElse(spec.version()),
				!catalogue.newest().kernelVersion().equals(spec.version()));
	}

	private static NodeFlavor flavor(HtapCatalogue catalogue, String flavorId) {
		return catalogue.findFlavor(flavorId).map(NodeFlavor::of).orElseGet(() -> NodeFlavor.unknown(flavorId));
	}

	public StarRocksSpec spec() {
		return this.instance.spec();
	}

	/**
	 * {@code Cluster} with several FE nodes, {@code Single} with one: the API's ha_mode
	 * and cluster_mode.
	 */
	public String mode() {
		return (this.frontends.size() > 1) ? HtapCatalogue.CLUSTER : HtapCatalogue.SINGLE;
	}

	public int nodeCount() {
		return this.frontends.size() + this.backends.size();
	}

	public List<StarRocksNode> nodes() {
		List<StarRocksNode> nodes = new ArrayList<>(this.frontends);
		nodes.addAll(this.backends);
		return nodes;
	}

	public Optional<StarRocksNode> node(String nodeId) {
		return nodes().stream().filter((node) -> node.id().equals(nodeId)).findFirst();
	}

	public StarRocksNode leader() {
		return this.frontends.get(0);
	}

	/** The flavor of the group a node belongs to. */
	public NodeFlavor flavor(StarRocksNode node) {
		return (node.role() == NodeRole.BE) ? this.beFlavor : this.feFlavor;
	}

	/** The operation on the whole instance under way, if any shows an action. */
	public Optional<InstanceOperation> instanceAction() {
		return Optional.ofNullable(this.instance.operation())
			.filter((operation) -> operation.nodeId() == null && operation.action() != null);
	}

	/** The operation on this node under way, if any. */
	public Optional<InstanceOperation> nodeAction(StarRocksNode node) {
		return Optional.ofNullable(this.instance.operation())
			.filter((operation) -> node.id().equals(operation.nodeId()) && operation.action() != null);
	}

	/**
	 * creating and createfail as the instance is; the status of an operation on this node
	 * while it runs; otherwise normal.
	 */
	public String nodeStatus(StarRocksNode node) {
		InstanceOperation operation = this.instance.operation();
		if (this.instance.spec().createFailed()) {
			return StarRocksInstance.CREATE_FAILED;
		}
		if (operation != null && operation.kind() == InstanceOperation.Kind.CREATE) {
			return StarRocksInstance.CREATING;
		}
		if (operation != null && node.id().equals(operation.nodeId()) && operation.status() != null) {
			return operation.status();
		}
		return StarRocksInstance.NORMAL;
	}

	/**
	 * The FE addresses, comma-separated, as ListStarrocksInstanceInfo's data_vip lists
	 * them.
	 */
	public String frontendIps() {
		return String.join(",", this.frontends.stream().map(StarRocksNode::ip).toList());
	}

	public String groupId(String groupType) {
		return derivedId(this.instance.id(), groupType, "gr17");
	}

	public String groupName(String groupType) {
		return baseName(this.instance) + "_" + groupType + "_shard01";
	}

	private static StarRocksNode node(StarRocksInstance instance, NodeRole role, int index, List<String> zones) {
		String group = role.groupType();
		return new StarRocksNode(derivedId(instance.id(), group + index, "no17"),
				"%s_%s_shard01_node%02d".formatted(baseName(instance), group, index + 1), role,
				ip(instance, role, index), zones.get(index % zones.size()));
	}

	/**
	 * 32 hexadecimal digits and the API's suffix, like real ids, stable for the same
	 * instance and name.
	 */
	private static String derivedId(String instanceId, String name, String suffix) {
		return UUID.nameUUIDFromBytes((instanceId + "/" + name).getBytes(StandardCharsets.UTF_8))
			.toString()
			.replace("-", "") + suffix;
	}

	/**
	 * 10.N.x.y, N from the instance id (String.hashCode is specified, so stable), FE and
	 * BE in their own ranges.
	 */
	private static String ip(StarRocksInstance instance, NodeRole role, int index) {
		int network = Math.floorMod(instance.id().hashCode(), 100);
		int subnet = (role == NodeRole.BE) ? 100 : 0;
		return "10.%d.%d.%d".formatted(network, subnet + index / 200, 10 + index % 200);
	}

	private static String baseName(StarRocksInstance instance) {
		return instance.name().isBlank() ? instance.id() : instance.name();
	}

}
