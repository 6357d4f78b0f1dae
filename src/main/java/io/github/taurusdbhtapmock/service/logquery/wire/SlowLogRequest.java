package io.github.taurusdbhtapmock.service.logquery.wire;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.instancesettings.wire.JsonWholeNumber;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of ShowSlowLogDetail (LtsLogSlowQueryRequest). {@code limit} is a JSON number up
 * to {@value LogWindow#MAX_LIMIT} (the provider asks for 5000 at a time);
 * {@code line_num} is the cursor, the last line of the previous page.
 */
public record SlowLogRequest(@JsonProperty("node_id") @Size(max = 64) String nodeId,
		@JsonProperty("start_time") @NotNull @LogTime String startTime,
		@JsonProperty("end_time") @NotNull @LogTime String endTime,
		@JsonProperty("limit") @JsonDeserialize(
				using = JsonWholeNumber.class) @NotNull @Min(1) @Max(LogWindow.MAX_LIMIT) Integer limit,
		@JsonProperty("line_num") @Pattern(regexp = LogWindow.LINE_NUM,
				message = "{validation.line-num}") String lineNum,
		@JsonProperty("operate_type") @Size(max = 32) String operateType,
		@JsonProperty("database") @Size(max = 256) String database) implements LogWindow {

	@Override
	public int pageSize() {
		return this.limit;
	}

}
