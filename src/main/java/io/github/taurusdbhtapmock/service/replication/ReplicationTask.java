package io.github.taurusdbhtapmock.service.replication;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A data synchronization task of one StarRocks instance. Its source and destination are
 * fixed at creation; its configuration and progress change. Immutable: every change makes
 * a new version, so a reader never sees a half-applied write.
 */
public record ReplicationTask(String projectId, String instanceId, String taskName, String sourceInstanceId,
		String sourceDatabase, String targetDatabase, TaskConfig config, TaskProgress progress, List<String> jobIds,
		Instant created) {

	/** How many of its latest job ids a task keeps. */
	static final int MAX_JOB_IDS = 16;

	public ReplicationTask {
		jobIds = List.copyOf(jobIds);
	}

	public TaskStage stage() {
		return this.progress.stage();
	}

	/** This task as of {@code now}; null when a completed deletion has removed it. */
	ReplicationTask settled(Instant now, Duration fullSync) {
		TaskProgress settled = this.progress.settled(now, fullSync);
		if (settled == null) {
			return null;
		}
		return settled.equals(this.progress) ? this : withProgress(settled);
	}

	ReplicationTask withProgress(TaskProgress newProgress) {
		return new ReplicationTask(this.projectId, this.instanceId, this.taskName, this.sourceInstanceId,
				this.sourceDatabase, this.targetDatabase, this.config, newProgress, this.jobIds, this.created);
	}

	ReplicationTask withConfig(TaskConfig newConfig) {
		return new ReplicationTask(this.projectId, this.instanceId, this.taskName, this.sourceInstanceId,
				this.sourceDatabase, this.targetDatabase, newConfig, this.progress, this.jobIds, this.created);
	}

	/**
	 * The job is added to the task's latest ones: a task modified all day keeps a bounded
	 * list, as its jobs themselves expire.
	 */
	ReplicationTask withJob(String jobId) {
		List<String> jobs = new ArrayList<>(
				this.jobIds.subList(Math.max(0, this.jobIds.size() - MAX_JOB_IDS + 1), this.jobIds.size()));
		jobs.add(jobId);
		return new ReplicationTask(this.projectId, this.instanceId, this.taskName, this.sourceInstanceId,
				this.sourceDatabase, this.targetDatabase, this.config, this.progress, jobs, this.created);
	}

}
