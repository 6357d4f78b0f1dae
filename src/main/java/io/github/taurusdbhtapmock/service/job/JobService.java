package io.github.taurusdbhtapmock.service.job;

import java.time.Instant;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.id.IdGenerator;

/** Starts the job behind every write and answers the task center's questions about it. */
@Service
public class JobService {

	private final JobRepository repository;

	private final JobProperties properties;

	private final IdGenerator ids;

	public JobService(JobRepository repository, JobProperties properties, IdGenerator ids) {
		this.repository = repository;
		this.properties = properties;
		this.ids = ids;
	}

	/**
	 * A job started at {@code now} on a StarRocks instance, running for the configured
	 * duration. The project must have room for it: see {@link JobRepository#admit}.
	 */
	public Job start(String projectId, String instanceId, String instanceName, String operation, String taskName,
			Instant now) {
		this.repository.admit(projectId, now);
		Job job = new Job(this.ids.jobId(), projectId, instanceId, instanceName, operation, taskName, now,
				now.plus(this.properties.duration()), null);
		this.repository.save(job);
		return job;
	}

	/**
	 * Ends a running job now, completed (reason null) or failed: how a test drives a long
	 * job without waiting. A job that has already ended is left as it is and reported as
	 * a conflict.
	 */
	public Job end(String jobId, String failReason, Instant now) {
		Job job = this.repository.find(jobId)
			.orElseThrow(() -> new ApiException(ErrorCode.CONTROL_PLANE_NOT_FOUND, "detail.job-not-found", jobId));
		if (job.status(now) != JobStatus.RUNNING) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_CONFLICT, "detail.job-already-ended", jobId,
					job.status(now).wireValue());
		}
		Job ended = job.endedAt(now, failReason);
		this.repository.save(ended);
		return ended;
	}

	public Job require(String projectId, String jobId) {
		return this.repository.find(projectId, jobId)
			.orElseThrow(() -> new ApiException(ErrorCode.JOB_NOT_FOUND, "detail.job-not-found", jobId));
	}

}
