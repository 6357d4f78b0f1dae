package io.github.taurusdbhtapmock.service.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.service.job.wire.JobSnapshot;
import io.github.taurusdbhtapmock.platform.persistence.DurableLog;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;

/**
 * Jobs by id; job ids are unique across tenants, and a tenant never sees another tenant's
 * jobs.
 */
@Repository
public class JobRepository {

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final DurableLog durableLog;

	public JobRepository(DurableLog durableLog) {
		this.durableLog = durableLog;
		durableLog.statePart("jobs", JobSnapshot[].class,
				() -> all().stream().map(JobSnapshot::from).toArray(JobSnapshot[]::new),
				(jobs) -> replaceAll(List.of(jobs).stream().map(JobSnapshot::toJob).toList()));
		durableLog.onReplay("job", JobSnapshot.class, (job) -> save(job.toJob()));
		durableLog.onReplay("jobs.cleared", ProjectScope.class, (scope) -> clear(scope.projectId()));
	}

	public void save(Job job) {
		this.jobs.put(job.id(), job);
		this.durableLog.append("job", () -> JobSnapshot.from(job));
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
		this.durableLog.append("jobs.cleared", () -> new ProjectScope(projectId));
	}

	/** Replaces every job at once, as a state import does. */
	public void replaceAll(List<Job> replacement) {
		clear(null);
		replacement.forEach(this::save);
	}

}
