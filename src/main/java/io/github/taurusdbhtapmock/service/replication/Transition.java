package io.github.taurusdbhtapmock.service.replication;

import java.time.Instant;

import io.github.taurusdbhtapmock.service.job.Job;

/**
 * A change a running job makes to its task when it completes: the stage the task moves to
 * (null: it stays where it is), or its removal.
 */
record Transition(TaskStage to, Instant at, boolean removesTask, String jobId) {

	static Transition to(TaskStage stage, Job job) {
		return new Transition(stage, job.completesAt(), false, job.id());
	}

	static Transition stay(Job job) {
		return new Transition(null, job.completesAt(), false, job.id());
	}

	static Transition removal(Job job) {
		return new Transition(null, job.completesAt(), true, job.id());
	}

	Transition dueAt(Instant newTime) {
		return new Transition(this.to, newTime, this.removesTask, this.jobId);
	}

}
