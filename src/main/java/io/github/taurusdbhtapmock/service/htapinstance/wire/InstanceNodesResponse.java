package io.github.taurusdbhtapmock.service.htapinstance.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;

/**
 * Reply of ListInstanceNode: every node of the instance, FE nodes first. status is not in
 * the SDK's model, but the Terraform provider's data source reads it.
 */
public record InstanceNodesResponse(@JsonProperty("node_list") List<NodeInfo> nodeList) {

	public static InstanceNodesResponse from(StarRocksCluster cluster) {
		return new InstanceNodesResponse(cluster.nodes()
			.stream()
			.map((node) -> new NodeInfo(node.id(), node.name(), node.role().type(), cluster.nodeStatus(node)))
			.toList());
	}

	/** role is the node's type: fe-leader, fe-follower or be. */
	public record NodeInfo(@JsonProperty("node_id") String nodeId, @JsonProperty("node_name") String nodeName,
			@JsonProperty("role") String role, @JsonProperty("status") String status) {
	}

}
