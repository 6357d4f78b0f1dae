package io.github.taurusdbhtapmock.service.htapinstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;

/**
 * A seeded StarRocks instance with the nodes it would have in the cloud. The seed holds
 * only the BE count, so the rest is derived: one FE (the leader) for a single BE, as in
 * the "Single" examples of the API, otherwise a leader and two followers ("Cluster"). Ids
 * and addresses are derived from the instance id, so every query answers the same nodes
 * and two instances do not share ids.
 */
public record StarRocksCluster(StarRocksInstance instance, List<StarRocksNode> frontends,
		List<StarRocksNode> backends) {

	private static final int CLUSTER_FOLLOWERS = 2;

	public StarRocksCluster {
		frontends = List.copyOf(frontends);
		backends = List.copyOf(backends);
	}

	public static StarRocksCluster of(StarRocksInstance instance) {
		int followers = (instance.beNodes() > 1) ? CLUSTER_FOLLOWERS : 0;
		List<StarRocksNode> frontends = new ArrayList<>();
		for (int index = 0; index <= followers; index++) {
			frontends.add(node(instance, (index == 0) ? NodeRole.FE_LEADER : NodeRole.FE_FOLLOWER, index));
		}
		List<StarRocksNode> backends = new ArrayList<>();
		for (int index = 0; index < instance.beNodes(); index++) {
			backends.add(node(instance, NodeRole.BE, index));
		}
		return new StarRocksCluster(instance, frontends, backends);
	}

	/**
	 * {@code Cluster} with several FE nodes, {@code Single} with one: the API's ha_mode
	 * and cluster_mode.
	 */
	public String mode() {
		return (this.frontends.size() > 1) ? "Cluster" : "Single";
	}

	public int nodeCount() {
		return this.frontends.size() + this.backends.size();
	}

	public StarRocksNode leader() {
		return this.frontends.get(0);
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

	private static StarRocksNode node(StarRocksInstance instance, NodeRole role, int index) {
		String group = role.groupType();
		return new StarRocksNode(derivedId(instance.id(), group + index, "no17"),
				"%s_%s_shard01_node%02d".formatted(baseName(instance), group, index + 1), role,
				ip(instance, role, index));
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
