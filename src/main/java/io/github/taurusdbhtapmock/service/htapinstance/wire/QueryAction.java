package io.github.taurusdbhtapmock.service.htapinstance.wire;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;
import io.github.taurusdbhtapmock.service.topology.InstanceOperation;

/**
 * An action running on an instance or node (QueryAction of the SDK): the operation under
 * way, while its job runs. created_at and updated_at are epoch milliseconds, JSON numbers
 * as the SDK declares them; the lists are empty again once the operation has completed.
 */
public record QueryAction(@JsonProperty("id") String id, @JsonProperty("action") String action,
		@JsonProperty("object_id") String objectId, @JsonProperty("type") String type,
		@JsonProperty("job_id") String jobId, @JsonProperty("status") String status,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("updated_at") Long updatedAt) {

	/** The actions of an instance or node: the operation's, or none. */
	static List<QueryAction> of(Optional<InstanceOperation> operation, String objectId, String type) {
		return operation
			.map((running) -> List
				.of(new QueryAction(running.jobId(), running.action(), objectId, type, running.jobId(),
						StarRocksCluster.ACTION_OK_TO_RUN, running.startedAtMillis(), running.startedAtMillis())))
			.orElse(List.of());
	}

}
