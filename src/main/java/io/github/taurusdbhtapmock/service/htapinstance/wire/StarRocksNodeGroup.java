package io.github.taurusdbhtapmock.service.htapinstance.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.catalogue.StorageType;
import io.github.taurusdbhtapmock.service.htapinstance.CloudDefaults;
import io.github.taurusdbhtapmock.service.htapinstance.NodeFlavor;
import io.github.taurusdbhtapmock.service.htapinstance.NodeRole;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksNode;
import io.github.taurusdbhtapmock.service.topology.StarRocksSpec;
import io.github.taurusdbhtapmock.service.topology.VolumeSpec;

/**
 * A group of nodes of one kind (fe or be) in ListStarrocksInstanceInfo
 * (StarRocksInstanceInfoGroups of the SDK).
 */
public record StarRocksNodeGroup(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("nodes") List<Node> nodes, @JsonProperty("group_type_name") String groupTypeName,
		@JsonProperty("group_node_type") String groupNodeType) {

	/** The fe group, then the be group. */
	static List<StarRocksNodeGroup> of(StarRocksCluster cluster) {
		return List.of(group(cluster, "fe", cluster.frontends()), group(cluster, "be", cluster.backends()));
	}

	private static StarRocksNodeGroup group(StarRocksCluster cluster, String groupType, List<StarRocksNode> nodes) {
		return new StarRocksNodeGroup(cluster.groupId(groupType), cluster.groupName(groupType),
				nodes.stream().map((node) -> Node.from(cluster, node)).toList(), "starrocks", groupType);
	}

	/**
	 * A node (StarRocksInstanceInfoNodes of the SDK). db_port, priority and frozen_flag
	 * are JSON numbers, cpu, mem and max_connections strings. period, order_id and
	 * param_group are null in the examples and left out.
	 */
	public record Node(@JsonProperty("id") String id, @JsonProperty("name") String name,
			@JsonProperty("type") String type, @JsonProperty("status") String status,
			@JsonProperty("period") String period, @JsonProperty("volume") Volume volume,
			@JsonProperty("cpu") String cpu, @JsonProperty("mem") String mem,
			@JsonProperty("datastore") Datastore datastore, @JsonProperty("actions") List<QueryAction> actions,
			@JsonProperty("priority") int priority, @JsonProperty("frozen_flag") int frozenFlag,
			@JsonProperty("db_port") int dbPort, @JsonProperty("pay_model") String payModel,
			@JsonProperty("order_id") String orderId, @JsonProperty("traffic_ip") String trafficIp,
			@JsonProperty("traffic_ipv6") String trafficIpv6, @JsonProperty("az_code") String azCode,
			@JsonProperty("az_description") String azDescription, @JsonProperty("az_type") String azType,
			@JsonProperty("region_code") String regionCode, @JsonProperty("create_at") long createAt,
			@JsonProperty("update_at") long updateAt, @JsonProperty("flavor_id") String flavorId,
			@JsonProperty("flavor_ref") String flavorRef, @JsonProperty("iass_flavor_ref") String iassFlavorRef,
			@JsonProperty("max_connections") String maxConnections, @JsonProperty("vpc_id") String vpcId,
			@JsonProperty("subnet_id") String subnetId, @JsonProperty("need_restart") boolean needRestart,
			@JsonProperty("sg_id") String sgId) {

		static Node from(StarRocksCluster cluster, StarRocksNode node) {
			StarRocksSpec spec = cluster.spec();
			NodeFlavor flavor = cluster.flavor(node);
			VolumeSpec volume = (node.role() == NodeRole.BE) ? spec.beVolume() : spec.feVolume();
			return new Node(node.id(), node.name(), node.role().type(), cluster.nodeStatus(node), null,
					Volume.of(volume), flavor.cpu(), flavor.mem(),
					new Datastore(cluster.datastoreVersionId(), CloudDefaults.ENGINE_NAME, spec.version()),
					QueryAction.of(cluster.nodeAction(node), node.id(), "node"), 1, 0, CloudDefaults.DB_PORT,
					CloudDefaults.PAY_MODEL, null, node.ip(), "", node.azCode(),
					CloudDefaults.azDescription(node.azCode()), CloudDefaults.AZ_TYPE, CloudDefaults.REGION,
					spec.createdAtMillis(), spec.createdAtMillis(), flavor.id(), flavor.specCode(),
					CloudDefaults.IAAS_FLAVOR, "0", CloudDefaults.VPC_ID, CloudDefaults.SUBNET_ID, false,
					spec.securityGroupId());
		}

	}

	/** Size in bytes, as a string. */
	public record Volume(@JsonProperty("type") String type, @JsonProperty("size") String size) {

		static Volume of(VolumeSpec volume) {
			return new Volume(StorageType.nodeVolumeType(volume.type()), CloudDefaults.volumeBytes(volume));
		}

	}

	public record Datastore(@JsonProperty("id") String id, @JsonProperty("type") String type,
			@JsonProperty("version") String version) {
	}

}
