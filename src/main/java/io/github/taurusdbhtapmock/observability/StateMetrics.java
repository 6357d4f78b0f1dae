package io.github.taurusdbhtapmock.observability;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.service.job.JobRepository;
import io.github.taurusdbhtapmock.service.job.JobStatus;
import io.github.taurusdbhtapmock.service.replication.ReplicationTask;
import io.github.taurusdbhtapmock.service.replication.TaskRepository;
import io.github.taurusdbhtapmock.service.replication.TaskStage;

/**
 * {@value #TASKS} by stage and {@value #JOBS} by status, as the API would report them
 * now. Counted when scraped, not kept up to date on every write: stages and statuses
 * follow the clock, so only a count at read time is right, and writes stay free of
 * metrics work.
 */
@Component
class StateMetrics implements MeterBinder {

	static final String TASKS = "emulator.tasks";

	static final String JOBS = "emulator.jobs";

	private final ScrapeCounts<TaskStage> tasksByStage;

	private final ScrapeCounts<JobStatus> jobsByStatus;

	StateMetrics(TaskRepository tasks, JobRepository jobs, Clock clock) {
		this.tasksByStage = new ScrapeCounts<>(TaskStage.class,
				() -> ScrapeCounts.tally(TaskStage.class, tasks.all(), ReplicationTask::stage));
		this.jobsByStatus = new ScrapeCounts<>(JobStatus.class, () -> {
			Instant now = clock.instant();
			return ScrapeCounts.tally(JobStatus.class, jobs.all(), (Job job) -> job.status(now));
		});
	}

	/**
	 * Every stage and status has its series from the start, at 0 until something is in
	 * it.
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		for (TaskStage stage : TaskStage.values()) {
			Gauge.builder(TASKS, this.tasksByStage, (counts) -> counts.count(stage))
				.description("Replication tasks, by stage as the API reports it")
				.tag("stage", stage.wireValue())
				.register(registry);
		}
		for (JobStatus status : JobStatus.values()) {
			Gauge.builder(JOBS, this.jobsByStatus, (counts) -> counts.count(status))
				.description("Jobs, by status as the API reports it")
				.tag("status", status.wireValue())
				.register(registry);
		}
	}

}
