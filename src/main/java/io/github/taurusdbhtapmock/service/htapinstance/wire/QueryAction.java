package io.github.taurusdbhtapmock.service.htapinstance.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An action running on an instance or node (QueryAction of the SDK). Emulated instances
 * are always idle, so the lists that hold these are always empty; the record documents
 * their shape.
 */
public record QueryAction(@JsonProperty("id") String id, @JsonProperty("action") String action,
		@JsonProperty("object_id") String objectId, @JsonProperty("type") String type,
		@JsonProperty("job_id") String jobId, @JsonProperty("status") String status,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("updated_at") Long updatedAt) {
}
