package io.github.taurusdbhtapmock.service.queryqueue.wire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of SetHtapQueryQueuesRule (OperateHtapQueryQueueRuleReq). */
public record QueueRuleRequest(@JsonProperty("query_queue_rule") @NotNull @Valid QueueRuleBody queryQueueRule) {
}
