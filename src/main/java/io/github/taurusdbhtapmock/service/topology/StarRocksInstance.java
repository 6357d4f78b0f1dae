package io.github.taurusdbhtapmock.service.topology;

/**
 * An HTAP Standard Edition (StarRocks) instance: the destination of replication tasks.
 * {@code taurusInstanceId} is the TaurusDB instance it is attached to, or null when the
 * seed does not say.
 */
public record StarRocksInstance(String projectId, String id, String name, int beNodes, String taurusInstanceId) {

	/**
	 * An unlinked instance counts as attached to every TaurusDB instance of its project,
	 * so topologies written before the link existed still answer the HTAP instance
	 * queries.
	 */
	public boolean isAttachedTo(String taurusId) {
		return this.taurusInstanceId == null || this.taurusInstanceId.equals(taurusId);
	}

}
