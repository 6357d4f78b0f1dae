package io.github.taurusdbhtapmock.service.topology;

/**
 * An HTAP Standard Edition (StarRocks) instance: the destination of replication tasks.
 * {@code taurusInstanceId} is the TaurusDB instance it is attached to, or null when the
 * seed does not say. {@code spec} holds what it runs; {@code operation} the operation
 * under way, or null when it is idle.
 */
public record StarRocksInstance(String projectId, String id, String name, int beNodes, String taurusInstanceId,
		StarRocksSpec spec, InstanceOperation operation) {

	/** The status of an idle instance. */
	public static final String NORMAL = "normal";

	/** The status of an instance whose creation failed. */
	public static final String CREATE_FAILED = "createfail";

	/** The status of an instance being created. */
	public static final String CREATING = "creating";

	/** The status of an instance being deleted. */
	public static final String DELETING = "deleting";

	public StarRocksInstance {
		spec = (spec != null) ? spec : StarRocksSpec.seeded(beNodes);
	}

	/** A seeded instance, idle, with the seeded defaults. */
	public StarRocksInstance(String projectId, String id, String name, int beNodes, String taurusInstanceId) {
		this(projectId, id, name, beNodes, taurusInstanceId, null, null);
	}

	/**
	 * An unlinked instance counts as attached to every TaurusDB instance of its project,
	 * so topologies written before the link existed still answer the HTAP instance
	 * queries.
	 */
	public boolean isAttachedTo(String taurusId) {
		return this.taurusInstanceId == null || this.taurusInstanceId.equals(taurusId);
	}

	/**
	 * normal, createfail, or while an operation on the whole instance runs its status
	 * (creating, restarting, ...); an operation on one node shows on that node only.
	 */
	public String status() {
		if (this.operation != null && this.operation.nodeId() == null && this.operation.status() != null) {
			return this.operation.status();
		}
		return this.spec.createFailed() ? CREATE_FAILED : NORMAL;
	}

	/** Whether an operation is under way. */
	public boolean busy() {
		return this.operation != null;
	}

	/**
	 * Whether its databases can be used (replication, users, parameters): not while it is
	 * being created or deleted, nor after its creation failed.
	 */
	public boolean available() {
		return !this.spec.createFailed()
				&& (this.operation == null || (this.operation.kind() != InstanceOperation.Kind.CREATE
						&& this.operation.kind() != InstanceOperation.Kind.DELETE));
	}

	public StarRocksInstance withOperation(InstanceOperation newOperation) {
		return new StarRocksInstance(this.projectId, this.id, this.name, this.beNodes, this.taurusInstanceId, this.spec,
				newOperation);
	}

	/** The instance once its operation has completed; null for a deletion. */
	StarRocksInstance completed() {
		if (this.operation == null) {
			return this;
		}
		return switch (this.operation.kind()) {
			case DELETE -> null;
			case CREATE -> withOperation(null);
			case CHANGE -> new StarRocksInstance(this.projectId, this.id, this.name, this.beNodes,
					this.taurusInstanceId, this.operation.target(), null);
		};
	}

	/** The instance once its operation has failed. */
	StarRocksInstance failed() {
		if (this.operation != null && this.operation.kind() == InstanceOperation.Kind.CREATE) {
			return new StarRocksInstance(this.projectId, this.id, this.name, this.beNodes, this.taurusInstanceId,
					this.spec.failed(), null);
		}
		return withOperation(null);
	}

}
