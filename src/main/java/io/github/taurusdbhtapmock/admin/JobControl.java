package io.github.taurusdbhtapmock.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.service.job.JobRepository;
import io.github.taurusdbhtapmock.service.job.JobService;
import io.github.taurusdbhtapmock.service.job.JobStatus;
import io.github.taurusdbhtapmock.service.job.wire.JobResponse;
import io.github.taurusdbhtapmock.service.replication.ReplicationService;

/**
 * Ends jobs on a test's command, lets the task each one works on follow, and shows the
 * job as ShowGaussMySqlJobInfo does.
 */
@Service
class JobControl {

	private final JobService jobs;

	private final JobRepository repository;

	private final ReplicationService replication;

	private final Clock clock;

	JobControl(JobService jobs, JobRepository repository, ReplicationService replication, Clock clock) {
		this.jobs = jobs;
		this.repository = repository;
		this.replication = replication;
		this.clock = clock;
	}

	JobDetail complete(String jobId) {
		return end(jobId, null);
	}

	JobDetail fail(String jobId, String reason) {
		return end(jobId, reason);
	}

	/** Oldest first; a job that ends on its own meanwhile is left as it ended. */
	List<JobDetail> completeRunning() {
		List<JobDetail> completed = new ArrayList<>();
		for (Job job : this.repository.all()) {
			if (job.status(this.clock.instant()) != JobStatus.RUNNING) {
				continue;
			}
			try {
				completed.add(complete(job.id()));
			}
			catch (ApiException ex) {
				if (ex.errorCode() != ErrorCode.CONTROL_PLANE_CONFLICT) {
					throw ex;
				}
			}
		}
		return completed;
	}

	int count() {
		return this.repository.count();
	}

	private JobDetail end(String jobId, String failReason) {
		Job ended = this.jobs.end(jobId, failReason, this.clock.instant());
		this.replication.jobEnded(ended, this.clock.instant());
		return detail(JobResponse.of(ended, this.clock.instant()).job());
	}

	/** The API's rendering, so the two never differ, in the published record. */
	private static JobDetail detail(JobResponse.JobInfo job) {
		return new JobDetail(job.id(), job.name(), job.status(), job.created(), job.ended(), job.process(),
				new JobDetail.Instance(job.instance().id(), job.instance().name()), job.entities(), job.failReason());
	}

}
