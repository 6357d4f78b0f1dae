package io.github.taurusdbhtapmock.service.topology;

/**
 * An operation running on a StarRocks instance, with the job that carries it: while the
 * job runs the instance shows {@code status} and {@code action}; when it completes the
 * instance takes {@code target} (or goes, for a deletion), when it fails it keeps what it
 * had (a creation fails into createfail).
 *
 * @param kind what completion does
 * @param name the SDK operation that started it, as the job is named
 * @param status the status the instance (or, for an operation on one node, the node)
 * shows while it runs
 * @param action the action the instance (or the node) shows while it runs; null shows
 * none
 * @param nodeId the node it works on, or null for the whole instance
 * @param completesAtMillis when the job was due to complete when it started: how the
 * operation ends if its job has been forgotten meanwhile
 * @param target the instance's spec after completion; null for a deletion
 */
public record InstanceOperation(Kind kind, String name, String jobId, String status, String action, String nodeId,
		long startedAtMillis, long completesAtMillis, StarRocksSpec target) {

	/** What the completion of an operation does to its instance. */
	public enum Kind {

		/** The instance becomes normal; a failure leaves it createfail. */
		CREATE,

		/** The instance takes the target spec; a failure leaves it as it was. */
		CHANGE,

		/** The instance goes; a failure leaves it as it was. */
		DELETE

	}

}
