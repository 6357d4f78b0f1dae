package io.github.taurusdbhtapmock.job;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.error.ApiException;
import io.github.taurusdbhtapmock.error.ErrorCode;

/** Starts the job behind every write and answers the task center's questions about it. */
@Service
public class JobService {

	private final JobRepository repository;

	private final JobProperties properties;

	public JobService(JobRepository repository, JobProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	/** A job started at {@code now} on a StarRocks instance, running for the configured duration. */
	public Job start(String projectId, String instanceId, String instanceName, String operation, String taskName,
			Instant now) {
		Job job = new Job(UUID.randomUUID().toString(), projectId, instanceId, instanceName, operation, taskName, now,
				now.plus(this.properties.duration()), null);
		this.repository.save(job);
		return job;
	}

	public Job require(String projectId, String jobId) {
		return this.repository.find(projectId, jobId)
			.orElseThrow(() -> new ApiException(ErrorCode.JOB_NOT_FOUND, "detail.job-not-found", jobId));
	}

}
