package io.github.taurusdbhtapmock.admin.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A job as ShowGaussMySqlJobInfo shows it (the {@code job} of its reply), every value a
 * string as on that wire: {@code status} is {@code Running}, {@code Completed} or
 * {@code Failed}; times are in the task center's format, e.g.
 * {@code 2026-11-22T01:02:03+0000}. {@code ended} and {@code failReason} are null (and
 * absent in JSON) until they apply.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobDetail(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("status") String status, @JsonProperty("created") String created,
		@JsonProperty("ended") String ended, @JsonProperty("process") String process,
		@JsonProperty("instance") Instance instance, @JsonProperty("entities") Map<String, String> entities,
		@JsonProperty("fail_reason") String failReason) {

	/** The StarRocks instance the job works on. */
	public record Instance(@JsonProperty("id") String id, @JsonProperty("name") String name) {
	}

}
