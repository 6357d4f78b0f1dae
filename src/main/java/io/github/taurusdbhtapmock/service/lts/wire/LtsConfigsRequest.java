package io.github.taurusdbhtapmock.service.lts.wire;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;
import io.github.taurusdbhtapmock.service.instancesettings.LogType;
import io.github.taurusdbhtapmock.service.instancesettings.wire.LtsResourceId;

/**
 * Body of UpdateStarRockLtsConfig (HtapCreateLTSConfigRequestBody): where each log of
 * each instance goes, at most {@value #MAX_CONFIGS} at a time.
 */
public record LtsConfigsRequest(
		@JsonProperty("log_configs") @NotEmpty @Size(max = MAX_CONFIGS) List<@NotNull @Valid LogConfig> logConfigs) {

	public static final int MAX_CONFIGS = 100;

	/** HtapCreateLTSConfigRequestBodyLogConfigs. */
	public record LogConfig(@JsonProperty("instance_id") @NotNull @StarRocksInstanceId String instanceId,
			@JsonProperty("log_type") @NotNull @Pattern(regexp = LogType.PATTERN,
					message = "{validation.log-type}") String logType,
			@JsonProperty("lts_group_id") @NotNull @LtsResourceId String ltsGroupId,
			@JsonProperty("lts_stream_id") @NotNull @LtsResourceId String ltsStreamId) {
	}

}
