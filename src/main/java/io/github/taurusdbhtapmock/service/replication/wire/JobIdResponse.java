package io.github.taurusdbhtapmock.service.replication.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The reply of every operation that starts a workflow: {@code {"job_id": "<uuid>"}}. */
public record JobIdResponse(@JsonProperty("job_id") String jobId) {
}
