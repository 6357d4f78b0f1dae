package io.github.taurusdbhtapmock.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.admin.fault.FaultRules;
import io.github.taurusdbhtapmock.admin.journal.RequestJournal;
import io.github.taurusdbhtapmock.admin.wire.StateDocument;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.service.job.JobRepository;
import io.github.taurusdbhtapmock.service.job.wire.JobSnapshot;
import io.github.taurusdbhtapmock.service.replication.TaskRepository;
import io.github.taurusdbhtapmock.service.replication.TaskSnapshots;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;

/** Exports, imports and resets what the emulator holds. */
@Service
class StateService {

	private final TaskSnapshots taskSnapshots;

	private final TaskRepository tasks;

	private final JobRepository jobs;

	private final TopologyRepository topology;

	private final RequestJournal journal;

	private final FaultRules faults;

	private final ErrorBodyFactory errors;

	StateService(TaskSnapshots taskSnapshots, TaskRepository tasks, JobRepository jobs, TopologyRepository topology,
			RequestJournal journal, FaultRules faults, ErrorBodyFactory errors) {
		this.taskSnapshots = taskSnapshots;
		this.tasks = tasks;
		this.jobs = jobs;
		this.topology = topology;
		this.journal = journal;
		this.faults = faults;
		this.errors = errors;
	}

	StateDocument export() {
		return new StateDocument(StateDocument.FORMAT_VERSION, this.taskSnapshots.export(),
				this.jobs.all().stream().map(JobSnapshot::from).toList());
	}

	/**
	 * Everything is checked before anything is replaced: a refused document changes
	 * nothing.
	 */
	void importState(StateDocument document, Locale locale) {
		Set<String> jobIds = new HashSet<>();
		List<JobSnapshot> jobSnapshots = document.jobs();
		for (int i = 0; i < jobSnapshots.size(); i++) {
			JobSnapshot job = jobSnapshots.get(i);
			if (!jobIds.add(job.id())) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-duplicate-job", i,
						job.id());
			}
			if (job.completesAt().isBefore(job.created())) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-job-ends-early", i,
						job.id());
			}
		}
		try {
			this.taskSnapshots.importAll(document.tasks());
		}
		catch (TaskSnapshots.SnapshotException ex) {
			ApiException refused = ex.apiException();
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-task-refused", ex.index(),
					this.errors.body(refused.errorCode(), refused.detail(), locale, null).errorMsg());
		}
		this.jobs.replaceAll(jobSnapshots.stream().map(JobSnapshot::toJob).toList());
	}

	/**
	 * Back to a fresh start for one project (the seeded topology, no tasks, no jobs), or
	 * for everything when {@code projectId} is null, which also empties the request
	 * journal and removes every fault rule. The journal and the rules are shared by all
	 * projects, so a project's reset leaves them to their own DELETE.
	 */
	void reset(String projectId) {
		this.topology.reset(projectId);
		this.tasks.clear(projectId);
		this.jobs.clear(projectId);
		if (projectId == null) {
			this.journal.clear();
			this.faults.clear();
		}
	}

}
