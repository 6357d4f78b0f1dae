package io.github.taurusdbhtapmock.service.parameter.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;

/**
 * The parameters of one StarRocks instance as the state document and the durable log hold
 * them: per node type only the values that differ from the default template, and the
 * change a running job is making, if any.
 */
public record ParameterSnapshot(@JsonProperty("project_id") @NotNull @ProjectId String projectId,
		@JsonProperty("instance_id") @NotNull @StarRocksInstanceId String instanceId,
		@JsonProperty("configurations") @NotNull @Size(max = 2) List<@NotNull @Valid Configuration> configurations,
		@JsonProperty("pending") @Valid Pending pending) {

	/** One node type's changed values and when they last changed. */
	public record Configuration(@JsonProperty("node_type") @NotNull @NodeTypeName String nodeType,
			@JsonProperty("values") @NotNull @Size(max = 256) Map<@NotNull String, @NotNull String> values,
			@JsonProperty("updated") @NotNull Instant updated) {
	}

	/** A change whose job has not ended yet. */
	public record Pending(@JsonProperty("job_id") @NotNull @Size(min = 1, max = 128) String jobId,
			@JsonProperty("node_type") @NotNull @NodeTypeName String nodeType,
			@JsonProperty("values") @NotNull @Size(max = 256) Map<@NotNull String, @NotNull String> values) {
	}

}
