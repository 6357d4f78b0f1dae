package io.github.taurusdbhtapmock.service.topology;

import org.springframework.beans.factory.annotation.Autowired;
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

	private final boolean requiresAvailable;

	/**
	 * Over the current topology, which the repository holds: a StarRocks instance being
	 * created or deleted, or whose creation failed, cannot be used.
	 */
	@Autowired
	public TopologyService(TopologyView topology) {
		this(topology, true);
	}

	private TopologyService(TopologyView topology, boolean requiresAvailable) {
		this.topology = topology;
		this.requiresAvailable = requiresAvailable;
	}

	/**
	 * The same lookups over another topology, such as one being restored, where an
	 * instance's status does not matter.
	 */
	public static TopologyService of(TopologyView topology) {
		return new TopologyService(topology, false);
	}

	/**
	 * The StarRocks instance a request works on; over the current topology, refused
	 * (DBS.201014) while it is being created or deleted or after its creation failed.
	 */
	public StarRocksInstance requireStarRocksInstance(String projectId, String instanceId) {
		StarRocksInstance instance = this.topology.starRocksInstance(projectId, instanceId)
			.orElseThrow(() -> new ApiException(ErrorCode.INSTANCE_NOT_FOUND, "detail.starrocks-instance-not-found",
					instanceId, projectId));
		if (this.requiresAvailable && !instance.available()) {
			throw new ApiException(ErrorCode.OPERATION_NOT_ALLOWED, "detail.starrocks-instance-unavailable", instanceId,
					instance.status());
		}
		return instance;
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
