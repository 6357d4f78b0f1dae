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

/**
 * Body of DeleteStarRockLtsConfig (HtapDeleteLTSConfigRequestBody): the logs that stop
 * going to LTS, at most {@value LtsConfigsRequest#MAX_CONFIGS} at a time.
 */
public record LtsUnlinkRequest(@JsonProperty("log_configs") @NotEmpty @Size(
		max = LtsConfigsRequest.MAX_CONFIGS) List<@NotNull @Valid LogRef> logConfigs) {

	/** HtapDeleteLTSConfigRequestBodyLogConfigs. */
	public record LogRef(@JsonProperty("instance_id") @NotNull @StarRocksInstanceId String instanceId,
			@JsonProperty("log_type") @NotNull @Pattern(regexp = LogType.PATTERN,
					message = "{validation.log-type}") String logType) {
	}

}
