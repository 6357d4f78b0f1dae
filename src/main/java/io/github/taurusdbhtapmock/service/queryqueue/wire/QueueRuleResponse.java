package io.github.taurusdbhtapmock.service.queryqueue.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Reply of ShowHtapQueryQueuesRule: every threshold and the switch. */
public record QueueRuleResponse(@JsonProperty("query_queue_rule") QueueRuleBody queryQueueRule) {
}
