package io.github.taurusdbhtapmock.service.lts.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reply of ShowHtapLtsConfig: one page of instances, each with both of its logs
 * ({@code enabled} a JSON boolean; an unlinked log has empty ids), and the number of
 * instances that match.
 */
public record LtsConfigsResponse(@JsonProperty("instance_lts_configs") List<InstanceLtsConfigs> instanceLtsConfigs,
		@JsonProperty("total_count") int totalCount) {

	/** HtapLTSConfigResponseInstanceLtsConfigs. */
	public record InstanceLtsConfigs(@JsonProperty("lts_configs") List<LtsConfig> ltsConfigs,
			@JsonProperty("instance") LtsInstance instance) {
	}

	/** HtapLTSConfigResponseLtsConfigs. */
	public record LtsConfig(@JsonProperty("log_type") String logType, @JsonProperty("lts_group_id") String ltsGroupId,
			@JsonProperty("lts_stream_id") String ltsStreamId, @JsonProperty("enabled") boolean enabled) {
	}

	/** HtapLTSConfigResponseInstance. */
	public record LtsInstance(@JsonProperty("id") String id, @JsonProperty("name") String name,
			@JsonProperty("mode") String mode, @JsonProperty("engine_name") String engineName,
			@JsonProperty("engine_version") String engineVersion, @JsonProperty("status") String status,
			@JsonProperty("enterprise_project_id") String enterpriseProjectId,
			@JsonProperty("enterprise_project_name") String enterpriseProjectName) {
	}

}
