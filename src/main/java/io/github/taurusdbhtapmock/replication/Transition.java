package io.github.taurusdbhtapmock.replication;

import java.time.Instant;

/**
 * A change a running job makes to its task when it completes: the stage the task moves to (null: it stays
 * where it is), or its removal.
 */
record Transition(TaskStage to, Instant at, boolean removesTask) {

	static Transition to(TaskStage stage, Instant at) {
		return new Transition(stage, at, false);
	}

	static Transition stay(Instant until) {
		return new Transition(null, until, false);
	}

	static Transition removal(Instant at) {
		return new Transition(null, at, true);
	}

}
