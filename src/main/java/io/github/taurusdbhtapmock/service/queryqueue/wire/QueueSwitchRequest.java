package io.github.taurusdbhtapmock.service.queryqueue.wire;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.validation.BooleanText;

/**
 * Body of UpdateHtapQueryQueuesControl (OperateHtapQueryQueueControlReq): "true" turns
 * the query queue on, "false" off; a JSON string, as the SDK declares it.
 */
public record QueueSwitchRequest(
		@JsonProperty("enable_query_queue_select") @NotNull @BooleanText String enableQueryQueueSelect) {
}
