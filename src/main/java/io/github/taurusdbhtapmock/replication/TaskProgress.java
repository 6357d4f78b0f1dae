package io.github.taurusdbhtapmock.replication;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a task is in its life, as of the last time it was settled: its stage, the change the running job will
 * make, when the full synchronization began, and how far it had got when the task was paused. Everything is
 * derived from timestamps, so the state follows the emulator's clock without any background work.
 */
public record TaskProgress(TaskStage stage, Transition transition, Instant fullSyncFrom, int pausedPercentage) {

	/** Registered by a configuration check: not started, busy until the registering job completes. */
	static TaskProgress registered(Instant readyAt) {
		return new TaskProgress(TaskStage.WAIT, Transition.stay(readyAt), null, 0);
	}

	/** This progress with every change that is due by {@code now} applied; null when the task is gone. */
	TaskProgress settled(Instant now, Duration fullSync) {
		TaskProgress settled = this;
		if (this.transition != null && !now.isBefore(this.transition.at())) {
			if (this.transition.removesTask()) {
				return null;
			}
			TaskStage to = (this.transition.to() != null) ? this.transition.to() : this.stage;
			Instant fullFrom = (to == TaskStage.FULL) ? this.transition.at() : this.fullSyncFrom;
			settled = new TaskProgress(to, null, fullFrom, this.pausedPercentage);
		}
		if (settled.stage == TaskStage.FULL && !now.isBefore(settled.fullSyncFrom.plus(fullSync))) {
			settled = new TaskProgress(TaskStage.INCREMENTAL, null, settled.fullSyncFrom, settled.pausedPercentage);
		}
		return settled;
	}

	/** A job is still working on the task; read after {@link #settled}. */
	public boolean busy() {
		return this.transition != null;
	}

	/** "Wait" until the registration completes, as the Terraform provider polls for; "Yes" (normal) after. */
	public String status() {
		return (this.stage == TaskStage.WAIT && busy()) ? "Wait" : "Yes";
	}

	/** Progress of the current stage in percent, read after {@link #settled}. */
	public int percentage(Instant now, Duration fullSync) {
		return switch (this.stage) {
			case WAIT -> 0;
			case FULL -> fullSync.isZero() ? 100
					: (int) Math.min(99, Duration.between(this.fullSyncFrom, now).toMillis() * 100 / fullSync.toMillis());
			case INCREMENTAL -> 100;
			case PAUSED, CANCELLED -> this.pausedPercentage;
		};
	}

	TaskProgress starting(Instant at) {
		return new TaskProgress(this.stage, Transition.to(TaskStage.FULL, at), this.fullSyncFrom, 0);
	}

	TaskProgress pausing(Instant at, Instant now, Duration fullSync) {
		return new TaskProgress(this.stage, Transition.to(TaskStage.PAUSED, at), this.fullSyncFrom,
				percentage(now, fullSync));
	}

	/** A full synchronization interrupted by the pause starts again; an incremental one carries on. */
	TaskProgress resuming(Instant at) {
		TaskStage to = (this.pausedPercentage < 100) ? TaskStage.FULL : TaskStage.INCREMENTAL;
		return new TaskProgress(this.stage, Transition.to(to, at), this.fullSyncFrom, this.pausedPercentage);
	}

	TaskProgress deleting(Instant at, Instant now, Duration fullSync) {
		return new TaskProgress(TaskStage.CANCELLED, Transition.removal(at), this.fullSyncFrom,
				percentage(now, fullSync));
	}

}
