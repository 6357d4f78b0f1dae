package io.github.taurusdbhtapmock.service.instancesettings.wire;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;

/**
 * The settings of one StarRocks instance as the control plane exports and imports them:
 * the query queue's switch and thresholds, slow-log masking, the LTS configurations and
 * the ids of the sessions killed.
 */
public record InstanceSettingsSnapshot(@JsonProperty("project_id") @NotNull @ProjectId String projectId,
		@JsonProperty("instance_id") @NotNull @StarRocksInstanceId String instanceId,
		@JsonProperty("query_queue_rule") @NotNull @Valid QueueRuleSnapshot queueRule,
		@JsonProperty("query_queue_enabled") boolean queueEnabled,
		@JsonProperty("slow_log_masked") boolean slowLogMasked,
		@JsonProperty("lts_configs") @NotNull @Size(max = 2) List<@NotNull @Valid LtsSnapshot> ltsConfigs,
		@JsonProperty("killed_sessions") @NotNull @Size(
				max = 10_000) List<@NotNull @Pattern(regexp = "[1-9][0-9]{0,9}") String> killedSessions) {

	/** The thresholds, each a whole number. */
	public record QueueRuleSnapshot(@JsonProperty("query_queue_max_queued_queries") int maxQueuedQueries,
			@JsonProperty("query_queue_pending_timeout_second") int pendingTimeoutSecond,
			@JsonProperty("query_queue_concurrency_limit") int concurrencyLimit,
			@JsonProperty("query_queue_mem_used_pct_limit") int memUsedPctLimit,
			@JsonProperty("query_queue_cpu_used_pct_limit") int cpuUsedPctLimit) {
	}

	/** Where one log goes. */
	public record LtsSnapshot(@JsonProperty("log_type") @NotNull @Pattern(regexp = "error_log|slow_log") String logType,
			@JsonProperty("lts_group_id") @NotNull @LtsResourceId String groupId,
			@JsonProperty("lts_stream_id") @NotNull @LtsResourceId String streamId) {
	}

}
