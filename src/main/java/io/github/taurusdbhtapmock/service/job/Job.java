package io.github.taurusdbhtapmock.service.job;

import java.time.Duration;
import java.time.Instant;

/**
 * An asynchronous workflow started by a write, as the task center records it. Its status
 * follows from its times: Running until {@code completesAt}, then Completed (or Failed,
 * when it carries a reason).
 */
public record Job(String id, String projectId, String instanceId, String instanceName, String name, String taskName,
		Instant created, Instant completesAt, String failReason) {

	public JobStatus status(Instant now) {
		if (now.isBefore(this.completesAt)) {
			return JobStatus.RUNNING;
		}
		return (this.failReason != null) ? JobStatus.FAILED : JobStatus.COMPLETED;
	}

	/**
	 * Progress while running, e.g. "40%"; empty once the job has ended, as the API
	 * reports it.
	 */
	public String process(Instant now) {
		if (status(now) != JobStatus.RUNNING) {
			return "";
		}
		long total = Duration.between(this.created, this.completesAt).toMillis();
		return (Duration.between(this.created, now).toMillis() * 100 / total) + "%";
	}

	/** This job ended at {@code now}: completed, or failed for the reason given. */
	public Job endedAt(Instant now, String reason) {
		return new Job(this.id, this.projectId, this.instanceId, this.instanceName, this.name, this.taskName,
				this.created, now, reason);
	}

	/** When the job ended; null while it runs. */
	public Instant ended(Instant now) {
		return (status(now) == JobStatus.RUNNING) ? null : this.completesAt;
	}

}
