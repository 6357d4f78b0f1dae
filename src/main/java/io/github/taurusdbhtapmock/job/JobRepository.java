package io.github.taurusdbhtapmock.job;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

/** Jobs by tenant project and id; a project never sees another project's jobs. */
@Repository
public class JobRepository {

	private final Map<JobKey, Job> jobs = new ConcurrentHashMap<>();

	public void save(Job job) {
		this.jobs.put(new JobKey(job.projectId(), job.id()), job);
	}

	public Optional<Job> find(String projectId, String jobId) {
		return Optional.ofNullable(this.jobs.get(new JobKey(projectId, jobId)));
	}

	public int count() {
		return this.jobs.size();
	}

	private record JobKey(String projectId, String jobId) {
	}

}
