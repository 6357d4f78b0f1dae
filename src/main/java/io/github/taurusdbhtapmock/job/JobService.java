package io.github.taurusdbhtapmock.job;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Records the job behind every write. The emulated workflows finish at once, so a job is stored as
 * Completed when the write that started it has been applied.
 */
@Service
public class JobService {

	private final JobRepository repository;

	private final Clock clock;

	public JobService(JobRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public Job recordCompleted(String projectId, String instanceId, String operation, String taskName) {
		Instant now = this.clock.instant();
		Job job = new Job(UUID.randomUUID().toString(), projectId, instanceId, operation, taskName,
				JobStatus.COMPLETED, now, now);
		this.repository.save(job);
		return job;
	}

}
