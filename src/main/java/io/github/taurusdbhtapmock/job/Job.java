package io.github.taurusdbhtapmock.job;

import java.time.Instant;

/** An asynchronous workflow started by a write, as the task center records it. */
public record Job(String id, String projectId, String instanceId, String name, String taskName, JobStatus status,
		Instant created, Instant ended) {
}
