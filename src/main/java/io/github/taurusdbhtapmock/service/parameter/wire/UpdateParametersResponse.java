package io.github.taurusdbhtapmock.service.parameter.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The reply of UpdateStarrocksParams: the job applying the change, and whether a changed
 * parameter takes effect only after a restart (a JSON boolean).
 */
public record UpdateParametersResponse(@JsonProperty("job_id") String jobId,
		@JsonProperty("restart_required") boolean restartRequired) {
}
