package io.github.taurusdbhtapmock.service.job;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.persistence.LoggedWrite;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.Restoring;
import io.github.taurusdbhtapmock.platform.persistence.StatePart;
import io.github.taurusdbhtapmock.service.job.wire.JobSnapshot;
import tools.jackson.core.type.TypeReference;

/**
 * The jobs' part of the state: every job, oldest first. After the tasks that name them.
 */
@Component
@Order(3)
class JobSnapshots implements StatePart<List<JobSnapshot>> {

	static final String NAME = "jobs";

	private final JobRepository jobs;

	JobSnapshots(JobRepository jobs) {
		this.jobs = jobs;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TypeReference<List<JobSnapshot>> type() {
		return new TypeReference<>() {
		};
	}

	@Override
	public List<JobSnapshot> export() {
		return this.jobs.all().stream().map(JobSnapshot::from).toList();
	}

	/** Ids must be unique, and no job may complete before it is created. */
	@Override
	public Runnable prepareRestore(List<JobSnapshot> snapshots, Restoring restoring) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < snapshots.size(); i++) {
			JobSnapshot job = snapshots.get(i);
			if (!ids.add(job.id())) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-duplicate-job", i,
						job.id());
			}
			if (job.completesAt().isBefore(job.created())) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-job-ends-early", i,
						job.id());
			}
		}
		List<Job> restored = snapshots.stream().map(JobSnapshot::toJob).toList();
		return () -> this.jobs.replaceAll(restored);
	}

	@Override
	public void replay(LoggedWrite write) {
		switch (write.type()) {
			case JobRepository.SAVED -> this.jobs.save(write.data(JobSnapshot.class).toJob());
			case JobRepository.CLEARED -> this.jobs.clear(write.data(ProjectScope.class).projectId());
			case JobRepository.FORGOTTEN -> this.jobs.forgotten(write.data(JobRepository.ForgottenJob.class).id());
			default -> throw write.unknownType();
		}
	}

	@Override
	public void reset(String projectId) {
		this.jobs.clear(projectId);
	}

}
