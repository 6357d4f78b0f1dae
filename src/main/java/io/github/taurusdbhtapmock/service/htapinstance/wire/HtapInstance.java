package io.github.taurusdbhtapmock.service.htapinstance.wire;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.catalogue.StorageType;
import io.github.taurusdbhtapmock.service.htapinstance.CloudDefaults;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.StarRocksSpec;

/**
 * One item of ListHtapInstanceInfo (HtapInstanceListInstances of the SDK), with its JSON
 * types: is_frozen is a boolean here, create_at a number of milliseconds, port and
 * node_num numbers. Fields the real service sends as null (order_id, data_vip_v6,
 * ch_master_node_id) are left out; lists are always present.
 */
public record HtapInstance(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("engine_name") String engineName, @JsonProperty("engine_version") String engineVersion,
		@JsonProperty("project_id") String projectId, @JsonProperty("instance_state") InstanceState instanceState,
		@JsonProperty("create_at") long createAt, @JsonProperty("is_frozen") boolean isFrozen,
		@JsonProperty("ha_mode") String haMode, @JsonProperty("pay_model") String payModel,
		@JsonProperty("order_id") String orderId, @JsonProperty("alter_order_id") String alterOrderId,
		@JsonProperty("data_vip") String dataVip,
		@JsonProperty("readable_node_infos") List<ReadableNodeInfo> readableNodeInfos,
		@JsonProperty("proxy_ips") List<String> proxyIps, @JsonProperty("data_vip_v6") String dataVipV6,
		@JsonProperty("port") int port, @JsonProperty("available_zones") List<AvailableZone> availableZones,
		@JsonProperty("current_actions") List<QueryAction> currentActions,
		@JsonProperty("volume_type") String volumeType, @JsonProperty("server_type") String serverType,
		@JsonProperty("enterprise_project_id") String enterpriseProjectId,
		@JsonProperty("dedicated_resource_id") String dedicatedResourceId, @JsonProperty("network") Network network,
		@JsonProperty("ch_master_node_id") String chMasterNodeId, @JsonProperty("node_num") int nodeNum) {

	static HtapInstance from(StarRocksCluster cluster) {
		StarRocksInstance instance = cluster.instance();
		StarRocksSpec spec = instance.spec();
		return new HtapInstance(instance.id(), instance.name(), CloudDefaults.ENGINE_NAME, cluster.engineVersion(),
				instance.projectId(), InstanceState.of(instance), spec.createdAtMillis(), false, cluster.mode(),
				CloudDefaults.PAY_MODEL, null, "", cluster.leader().ip(), List.of(), List.of(), null,
				CloudDefaults.DB_PORT, AvailableZone.of(spec.azCode()),
				QueryAction.of(cluster.instanceAction(), instance.id(), "instance"),
				StorageType.nodeVolumeType(spec.beVolume().type()), CloudDefaults.SERVER_TYPE,
				spec.enterpriseProjectId(), "",
				new Network(CloudDefaults.VPC_ID, CloudDefaults.SUBNET_ID, spec.securityGroupId()), null,
				cluster.nodeCount());
	}

	public record InstanceState(@JsonProperty("instance_status") String instanceStatus,
			@JsonProperty("create_fail_error_code") String createFailErrorCode,
			@JsonProperty("fail_message") String failMessage,
			@JsonProperty("wait_restart_for_params") boolean waitRestartForParams) {

		static InstanceState of(StarRocksInstance instance) {
			boolean failed = instance.spec().createFailed();
			return new InstanceState(instance.status(), failed ? StarRocksInstanceInfo.CREATE_FAIL_ERROR_CODE : null,
					null, false);
		}

	}

	public record AvailableZone(@JsonProperty("code") String code, @JsonProperty("description") String description,
			@JsonProperty("az_type") String azType) {

		/** The zones of an az_code, in its order. */
		static List<AvailableZone> of(String azCode) {
			return Arrays.stream(azCode.split(","))
				.map((code) -> new AvailableZone(code, CloudDefaults.azDescription(code), CloudDefaults.AZ_TYPE))
				.toList();
		}

	}

	public record Network(@JsonProperty("vpc_id") String vpcId, @JsonProperty("sub_net_id") String subNetId,
			@JsonProperty("security_group_id") String securityGroupId) {

	}

	/**
	 * Read-only nodes, which only ClickHouse instances have: always an empty list here.
	 */
	public record ReadableNodeInfo(@JsonProperty("data_ip") String dataIp, @JsonProperty("node_id") String nodeId,
			@JsonProperty("node_name") String nodeName) {
	}

}
