package io.github.taurusdbhtapmock.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

/** Jobs by id; job ids are unique across tenants, and a tenant never sees another tenant's jobs. */
@Repository
public class JobRepository {

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	public void save(Job job) {
		this.jobs.put(job.id(), job);
	}

	/** The job, if it belongs to the project. */
	public Optional<Job> find(String projectId, String jobId) {
		return find(jobId).filter((job) -> job.projectId().equals(projectId));
	}

	/** The job whatever its project, for the control plane. */
	public Optional<Job> find(String jobId) {
		return Optional.ofNullable(this.jobs.get(jobId));
	}

	public List<Job> all() {
		return new ArrayList<>(this.jobs.values());
	}

	public int count() {
		return this.jobs.size();
	}

	public void clear() {
		this.jobs.clear();
	}

	public void clear(String projectId) {
		this.jobs.values().removeIf((job) -> job.projectId().equals(projectId));
	}

	/** Replaces every job at once, as a state import does. */
	public void replaceAll(List<Job> replacement) {
		this.jobs.clear();
		replacement.forEach(this::save);
	}

}
