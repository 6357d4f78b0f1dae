package io.github.taurusdbhtapmock.service.logquery.wire;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.instancesettings.wire.JsonWholeNumberOrText;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of ShowHtapErrorLogDetail (HtapErrorLogQueryRequestBody). The SDK declares
 * {@code limit} a string and the provider sends a number: both are read. {@code level} is
 * ALL or one level.
 */
public record ErrorLogRequest(@JsonProperty("node_id") @Size(max = 64) String nodeId,
		@JsonProperty("start_time") @NotNull @LogTime String startTime,
		@JsonProperty("end_time") @NotNull @LogTime String endTime,
		@JsonProperty("level") @Pattern(regexp = "ALL|INFO|WARNING|ERROR|FATAL",
				message = "{validation.log-level}") String level,
		@JsonProperty("limit") @JsonDeserialize(using = JsonWholeNumberOrText.class) @NotNull @Pattern(
				regexp = "[1-9][0-9]{0,2}|[1-4][0-9]{3}|5000", message = "{validation.log-limit}") String limit,
		@JsonProperty("line_num") @Pattern(regexp = LogWindow.LINE_NUM,
				message = "{validation.line-num}") String lineNum)
		implements
			LogWindow {

	@Override
	public int pageSize() {
		return Integer.parseInt(this.limit);
	}

}
