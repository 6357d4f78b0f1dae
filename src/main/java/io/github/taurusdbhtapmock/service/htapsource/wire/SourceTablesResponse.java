package io.github.taurusdbhtapmock.service.htapsource.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reply of ShowInstanceTablesForHtap: one page of {@code database.table} names, and how
 * many match.
 */
public record SourceTablesResponse(@JsonProperty("tables") List<String> tables,
		@JsonProperty("total_count") int totalCount) {
}
