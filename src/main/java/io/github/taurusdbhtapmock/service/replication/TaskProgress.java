package io.github.taurusdbhtapmock.service.replication;

import java.time.Duration;
import java.time.Instant;

import io.github.taurusdbhtapmock.service.job.Job;

/**
 * Where a task is in its life, as of the last time it was settled: its stage, the change
 * the running job will make, when the full synchronization began, how far it had got when
 * the task was paused, and why its last job failed, if it did. Everything is derived from
 * timestamps, so the state follows the emulator's clock without any background work.
 */
public record TaskProgress(TaskStage stage, Transition transition, Instant fullSyncFrom, int pausedPercentage,
		String lastError) {

	static TaskProgress created() {
		return new TaskProgress(TaskStage.WAIT, null, null, 0, "");
	}

	/**
	 * Registered by a configuration check: not started, busy until the registering job
	 * completes.
	 */
	static TaskProgress registered(Job job) {
		return new TaskProgress(TaskStage.WAIT, Transition.stay(job), null, 0, "");
	}

	/**
	 * This progress with every change that is due by {@code now} applied; null when the
	 * task is gone.
	 */
	TaskProgress settled(Instant now, Duration fullSync) {
		TaskProgress settled = this;
		if (this.transition != null && !now.isBefore(this.transition.at())) {
			if (this.transition.removesTask()) {
				return null;
			}
			TaskStage to = (this.transition.to() != null) ? this.transition.to() : this.stage;
			Instant fullFrom = (to == TaskStage.FULL) ? this.transition.at() : this.fullSyncFrom;
			settled = new TaskProgress(to, null, fullFrom, this.pausedPercentage, this.lastError);
		}
		if (settled.stage == TaskStage.FULL && !now.isBefore(settled.fullSyncFrom.plus(fullSync))) {
			// the full synchronization ends whatever job is running; that job's change
			// still comes after
			settled = new TaskProgress(TaskStage.INCREMENTAL, settled.transition, settled.fullSyncFrom,
					settled.pausedPercentage, settled.lastError);
		}
		return settled;
	}

	/**
	 * The job that would change this task completed before its time: the change is due
	 * now.
	 */
	TaskProgress jobCompletedEarly(String jobId, Instant now) {
		if (this.transition == null || !this.transition.jobId().equals(jobId)) {
			return this;
		}
		return new TaskProgress(this.stage, this.transition.dueAt(now), this.fullSyncFrom, this.pausedPercentage,
				this.lastError);
	}

	/**
	 * A job of this task failed: the change it would have made never happens, and the
	 * task reports the reason (as last_error_of_alter_table, with status "No") until its
	 * next job.
	 */
	TaskProgress jobFailed(String jobId, String reason) {
		Transition remaining = (this.transition != null && this.transition.jobId().equals(jobId)) ? null
				: this.transition;
		return new TaskProgress(this.stage, remaining, this.fullSyncFrom, this.pausedPercentage, reason);
	}

	/** A job is still working on the task; read after {@link #settled}. */
	public boolean busy() {
		return this.transition != null;
	}

	/**
	 * "Wait" until the registration completes, as the Terraform provider polls for; "No"
	 * (abnormal) after a failed job; "Yes" (normal) otherwise.
	 */
	public String status() {
		if (this.stage == TaskStage.WAIT && busy()) {
			return "Wait";
		}
		return this.lastError.isEmpty() ? "Yes" : "No";
	}

	/** Progress of the current stage in percent, read after {@link #settled}. */
	public int percentage(Instant now, Duration fullSync) {
		return switch (this.stage) {
			case WAIT -> 0;
			case FULL -> fullSync.isZero() ? 100 : (int) Math.min(99,
					Duration.between(this.fullSyncFrom, now).toMillis() * 100 / fullSync.toMillis());
			case INCREMENTAL -> 100;
			case PAUSED, CANCELLED -> this.pausedPercentage;
		};
	}

	/**
	 * A modification changes no stage, but like every new job it clears the error of the
	 * last one.
	 */
	TaskProgress modifying() {
		return new TaskProgress(this.stage, this.transition, this.fullSyncFrom, this.pausedPercentage, "");
	}

	/** A new job clears the error of the last one: the user is trying again. */
	TaskProgress starting(Job job) {
		return new TaskProgress(this.stage, Transition.to(TaskStage.FULL, job), this.fullSyncFrom, 0, "");
	}

	TaskProgress pausing(Job job, Instant now, Duration fullSync) {
		return new TaskProgress(this.stage, Transition.to(TaskStage.PAUSED, job), this.fullSyncFrom,
				percentage(now, fullSync), "");
	}

	/**
	 * A full synchronization interrupted by the pause starts again; an incremental one
	 * carries on.
	 */
	TaskProgress resuming(Job job) {
		TaskStage to = (this.pausedPercentage < 100) ? TaskStage.FULL : TaskStage.INCREMENTAL;
		return new TaskProgress(this.stage, Transition.to(to, job), this.fullSyncFrom, this.pausedPercentage, "");
	}

	TaskProgress deleting(Job job, Instant now, Duration fullSync) {
		return new TaskProgress(TaskStage.CANCELLED, Transition.removal(job), this.fullSyncFrom,
				percentage(now, fullSync), "");
	}

}
