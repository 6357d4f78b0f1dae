package io.github.taurusdbhtapmock.service.htapsource.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Reply of ShowInstanceDatabasesForHtap: one page of names, and how many match. */
public record SourceDatabasesResponse(@JsonProperty("databases") List<String> databases,
		@JsonProperty("total_count") int totalCount) {
}
