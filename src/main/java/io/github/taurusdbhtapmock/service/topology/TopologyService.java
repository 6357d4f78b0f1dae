package io.github.taurusdbhtapmock.service.topology;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * Resolves the instances, nodes and databases a request names, answering the documented
 * "not found" codes.
 */
@Service
public class TopologyService {

	private final TopologyView topology;

	/** Over the current topology, which the repository holds. */
	public TopologyService(TopologyView topology) {
		this.topology = topology;
	}

	/** The same lookups over another topology, such as one being restored. */
	public static TopologyService of(TopologyView topology) {
		return new TopologyService(topology);
	}

	public StarRocksInstance requireStarRocksInstance(String projectId, String instanceId) {
		return this.topology.starRocksInstance(projectId, instanceId)
			.orElseThrow(() -> new ApiException(ErrorCode.INSTANCE_NOT_FOUND, "detail.starrocks-instance-not-found",
					instanceId, projectId));
	}

	public TaurusInstance requireSourceInstance(String projectId, String sourceInstanceId) {
		return this.topology.taurusInstance(projectId, sourceInstanceId)
			.orElseThrow(() -> new ApiException(ErrorCode.INSTANCE_NOT_FOUND, "detail.source-instance-not-found",
					sourceInstanceId, projectId));
	}

	/**
	 * The node id as the topology holds it (an empty or absent one means the primary
	 * node, which every instance has). Tasks keep the topology's own String rather than
	 * the request's copy, so that many tasks on one node share one String.
	 */
	public String requireReadReplica(TaurusInstance source, String nodeId) {
		if (nodeId == null || nodeId.isEmpty()) {
			return nodeId;
		}
		return source.readReplica(nodeId)
			.orElseThrow(() -> new ApiException(ErrorCode.PARAMETER_ERROR, "detail.node-not-in-instance", nodeId,
					source.id()));
	}

	public SourceDatabase requireSourceDatabase(TaurusInstance source, String databaseName) {
		return source.database(databaseName)
			.orElseThrow(() -> new ApiException(ErrorCode.DATABASE_NOT_FOUND, "detail.source-database-not-found",
					databaseName, source.id()));
	}

}
