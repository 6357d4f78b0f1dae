package io.github.taurusdbhtapmock.service.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.service.job.wire.JobSnapshot;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;

/**
 * Jobs by id; job ids are unique across tenants, and a tenant never sees another tenant's
 * jobs.
 */
@Repository
public class JobRepository {

	/** The log record of a job's write: the job as it now is. */
	static final String SAVED = JobSnapshots.NAME + ".saved";

	/** The log record of a clearing: the project cleared, or every project. */
	static final String CLEARED = JobSnapshots.NAME + ".cleared";

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final WriteLog writeLog;

	public JobRepository(WriteLog writeLog) {
		this.writeLog = writeLog;
	}

	public void save(Job job) {
		this.jobs.put(job.id(), job);
		this.writeLog.append(SAVED, () -> JobSnapshot.from(job));
	}

	/** The job, if it belongs to the project. */
	public Optional<Job> find(String projectId, String jobId) {
		return find(jobId).filter((job) -> job.projectId().equals(projectId));
	}

	/** The job whatever its project, for the control plane. */
	public Optional<Job> find(String jobId) {
		return Optional.ofNullable(this.jobs.get(jobId));
	}

	/**
	 * Every job, oldest first, so that exports and snapshots are the same for the same
	 * state.
	 */
	public List<Job> all() {
		List<Job> all = new ArrayList<>(this.jobs.values());
		all.sort(Comparator.comparing(Job::created).thenComparing(Job::id));
		return all;
	}

	public int count() {
		return this.jobs.size();
	}

	/**
	 * Forgets the jobs of one project, or of every project when {@code projectId} is
	 * null.
	 */
	public void clear(String projectId) {
		this.jobs.values().removeIf((job) -> projectId == null || job.projectId().equals(projectId));
		this.writeLog.append(CLEARED, () -> new ProjectScope(projectId));
	}

	/** Replaces every job at once, as a state import does. */
	public void replaceAll(List<Job> replacement) {
		clear(null);
		replacement.forEach(this::save);
	}

}
