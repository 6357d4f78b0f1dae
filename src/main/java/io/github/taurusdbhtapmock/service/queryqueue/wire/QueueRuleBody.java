package io.github.taurusdbhtapmock.service.queryqueue.wire;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.annotation.JsonDeserialize;

import io.github.taurusdbhtapmock.service.instancesettings.QueueRule;
import io.github.taurusdbhtapmock.service.instancesettings.wire.JsonWholeNumber;
import io.github.taurusdbhtapmock.service.validation.BooleanText;

/**
 * HtapQueryQueueRule: the query queue's thresholds (JSON numbers) and its switch (a JSON
 * string, "true" or "false"). In a request every field is optional: a field left out
 * keeps its value. 0 means no limit where the threshold allows it.
 */
public record QueueRuleBody(@JsonDeserialize(
		using = JsonWholeNumber.class) @JsonProperty("query_queue_max_queued_queries") @Min(0) @Max(QueueRule.MAX_QUEUED_QUERIES) Integer maxQueuedQueries,
		@JsonDeserialize(
				using = JsonWholeNumber.class) @JsonProperty("query_queue_pending_timeout_second") @Min(1) @Max(QueueRule.MAX_PENDING_TIMEOUT_SECOND) Integer pendingTimeoutSecond,
		@JsonDeserialize(
				using = JsonWholeNumber.class) @JsonProperty("query_queue_concurrency_limit") @Min(0) @Max(QueueRule.MAX_CONCURRENCY_LIMIT) Integer concurrencyLimit,
		@JsonDeserialize(
				using = JsonWholeNumber.class) @JsonProperty("query_queue_mem_used_pct_limit") @Min(0) @Max(QueueRule.MAX_PERCENT) Integer memUsedPctLimit,
		@JsonDeserialize(
				using = JsonWholeNumber.class) @JsonProperty("query_queue_cpu_used_pct_limit") @Min(0) @Max(QueueRule.MAX_PERCENT) Integer cpuUsedPctLimit,
		@JsonProperty("enable_query_queue_select") @BooleanText String enableQueryQueueSelect) {

	public static QueueRuleBody from(QueueRule rule, boolean enabled) {
		return new QueueRuleBody(rule.maxQueuedQueries(), rule.pendingTimeoutSecond(), rule.concurrencyLimit(),
				rule.memUsedPctLimit(), rule.cpuUsedPctLimit(), Boolean.toString(enabled));
	}

	/** Whether the body changes nothing at all. */
	public boolean changesNothing() {
		return this.maxQueuedQueries == null && this.pendingTimeoutSecond == null && this.concurrencyLimit == null
				&& this.memUsedPctLimit == null && this.cpuUsedPctLimit == null && this.enableQueryQueueSelect == null;
	}

	public QueueRule applyTo(QueueRule rule) {
		return rule.with(this.maxQueuedQueries, this.pendingTimeoutSecond, this.concurrencyLimit, this.memUsedPctLimit,
				this.cpuUsedPctLimit);
	}

}
