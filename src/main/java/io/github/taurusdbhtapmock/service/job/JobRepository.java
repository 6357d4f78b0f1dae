package io.github.taurusdbhtapmock.service.job;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.platform.capacity.CapacityProperties;
import io.github.taurusdbhtapmock.platform.capacity.StateItem;
import io.github.taurusdbhtapmock.platform.capacity.StateMeter;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;
import io.github.taurusdbhtapmock.service.job.wire.JobSnapshot;

/**
 * Jobs by id; job ids are unique across tenants, and a tenant never sees another tenant's
 * jobs. A finished job is kept for {@code emulator.limits.job-retention} of the
 * emulator's clock, then forgotten, and a project keeps at most
 * {@code emulator.limits.jobs-per-project}: a new job makes room by forgetting the oldest
 * finished one. Expiry settles when the jobs are read, so a manual clock moved forward
 * expires jobs without a timer.
 */
@Repository
public class JobRepository implements StateMeter {

	/** The log record of a job's write: the job as it now is. */
	static final String SAVED = JobSnapshots.NAME + ".saved";

	/** The log record of a clearing: the project cleared, or every project. */
	static final String CLEARED = JobSnapshots.NAME + ".cleared";

	/**
	 * The log record of a job forgotten (expired, or making room): it stays forgotten
	 * after a restart, whatever the clock says then.
	 */
	static final String FORGOTTEN = JobSnapshots.NAME + ".forgotten";

	/** Earliest end first: the head of a project's jobs is the first to expire. */
	private static final Comparator<Job> BY_END = Comparator.comparing(Job::completesAt).thenComparing(Job::id);

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	/** Each project's jobs by end; guarded by this. */
	private final Map<String, NavigableSet<Job>> byProject = new HashMap<>();

	/** When the next job expires: reads before it take no lock. */
	private volatile Instant nextExpiry = Instant.MAX;

	private final WriteLog writeLog;

	private final Clock clock;

	private final Duration retention;

	private final int perProject;

	public JobRepository(WriteLog writeLog, Clock clock, CapacityProperties capacity) {
		this.writeLog = writeLog;
		this.clock = clock;
		this.retention = capacity.jobRetention();
		this.perProject = capacity.jobsPerProject();
	}

	public synchronized void save(Job job) {
		Job previous = this.jobs.put(job.id(), job);
		if (previous != null) {
			projectJobs(previous.projectId()).remove(previous);
		}
		projectJobs(job.projectId()).add(job);
		updateNextExpiry();
		this.writeLog.append(SAVED, () -> JobSnapshot.from(job));
	}

	/**
	 * Makes room for a new job of the project at {@code now}: forgets its oldest finished
	 * job when it keeps as many as it may. When every job it keeps is running, the new
	 * one is refused (409, retry when the first one ends) and nothing changes.
	 */
	public synchronized void admit(String projectId, Instant now) {
		expire(now);
		NavigableSet<Job> kept = projectJobs(projectId);
		while (kept.size() >= this.perProject) {
			Job oldest = kept.first();
			if (oldest.status(now) == JobStatus.RUNNING) {
				throw new ApiException(ErrorCode.JOBS_RUNNING_AT_QUOTA, "detail.jobs-per-project", projectId,
						Integer.toString(this.perProject))
					.retryAfter(Duration.between(now, oldest.completesAt()));
			}
			forget(oldest);
		}
		updateNextExpiry();
	}

	/** The job, if it belongs to the project. */
	public Optional<Job> find(String projectId, String jobId) {
		return find(jobId).filter((job) -> job.projectId().equals(projectId));
	}

	/** The job whatever its project, for the control plane. */
	public Optional<Job> find(String jobId) {
		expireDue();
		return Optional.ofNullable(this.jobs.get(jobId));
	}

	/**
	 * Every job, oldest first, so that exports and snapshots are the same for the same
	 * state.
	 */
	public List<Job> all() {
		expireDue();
		List<Job> all = new ArrayList<>(this.jobs.values());
		all.sort(Comparator.comparing(Job::created).thenComparing(Job::id));
		return all;
	}

	/** The jobs kept, expired ones forgotten first. */
	public int count() {
		expireDue();
		return this.jobs.size();
	}

	@Override
	public StateItem item() {
		return StateItem.JOB;
	}

	/** What the heap holds, expired or not: no settling on the budget's path. */
	@Override
	public long held() {
		return this.jobs.size();
	}

	/**
	 * Forgets the jobs of one project, or of every project when {@code projectId} is
	 * null.
	 */
	public synchronized void clear(String projectId) {
		this.jobs.values().removeIf((job) -> projectId == null || job.projectId().equals(projectId));
		this.byProject.keySet().removeIf((project) -> projectId == null || project.equals(projectId));
		updateNextExpiry();
		this.writeLog.append(CLEARED, () -> new ProjectScope(projectId));
	}

	/** Replaces every job at once, as a state import does. */
	public synchronized void replaceAll(List<Job> replacement) {
		clear(null);
		replacement.forEach(this::save);
	}

	/** A logged forgetting, replayed: the job is gone, if it was there. */
	synchronized void forgotten(String jobId) {
		Job job = this.jobs.remove(jobId);
		if (job != null) {
			projectJobs(job.projectId()).remove(job);
			updateNextExpiry();
		}
	}

	private void expireDue() {
		Instant now = this.clock.instant();
		if (!now.isBefore(this.nextExpiry)) {
			synchronized (this) {
				expire(now);
				updateNextExpiry();
			}
		}
	}

	/** Forgets every job that ended a retention ago or more. */
	private void expire(Instant now) {
		for (NavigableSet<Job> kept : this.byProject.values()) {
			while (!kept.isEmpty() && !expiry(kept.first()).isAfter(now)
					&& kept.first().status(now) != JobStatus.RUNNING) {
				forget(kept.first());
			}
		}
	}

	private void forget(Job job) {
		this.jobs.remove(job.id(), job);
		projectJobs(job.projectId()).remove(job);
		this.writeLog.append(FORGOTTEN, () -> new ForgottenJob(job.id()));
	}

	private void updateNextExpiry() {
		Instant next = Instant.MAX;
		for (NavigableSet<Job> kept : this.byProject.values()) {
			if (!kept.isEmpty()) {
				Instant expires = expiry(kept.first());
				next = expires.isBefore(next) ? expires : next;
			}
		}
		this.nextExpiry = next;
	}

	/** When a job expires; never, for one that ends too far in the future to tell. */
	private Instant expiry(Job job) {
		try {
			return job.completesAt().plus(this.retention);
		}
		catch (DateTimeException | ArithmeticException ex) {
			return Instant.MAX;
		}
	}

	private NavigableSet<Job> projectJobs(String projectId) {
		return this.byProject.computeIfAbsent(projectId, (project) -> new TreeSet<>(BY_END));
	}

	/** The data of a {@link #FORGOTTEN} record. */
	public record ForgottenJob(@JsonProperty("id") String id) {
	}

}
