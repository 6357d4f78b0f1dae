package io.github.taurusdbhtapmock.admin;

import java.time.Clock;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.service.job.JobService;
import io.github.taurusdbhtapmock.service.replication.ReplicationService;

/** Ends jobs on a test's command, and lets the task each one works on follow. */
@Service
class ControlPlaneJobService {

	private final JobService jobs;

	private final ReplicationService replication;

	private final Clock clock;

	ControlPlaneJobService(JobService jobs, ReplicationService replication, Clock clock) {
		this.jobs = jobs;
		this.replication = replication;
		this.clock = clock;
	}

	Job complete(String jobId) {
		return end(jobId, null);
	}

	Job fail(String jobId, String reason) {
		return end(jobId, reason);
	}

	private Job end(String jobId, String failReason) {
		Job ended = this.jobs.end(jobId, failReason, this.clock.instant());
		this.replication.jobEnded(ended, this.clock.instant());
		return ended;
	}

}
