package io.github.taurusdbhtapmock.service.htapsource.wire;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.validation.TaurusInstanceId;
import io.github.taurusdbhtapmock.service.validation.ReplType;

/**
 * Body of ShowInstanceTablesForHtap (QueryTableRequestV3): the databases of the TaurusDB
 * instance to look in, each with what to look for in its table names (each a part of a
 * name, in any letter case; none lists them all), the tables already selected and whether
 * the selection is a whitelist or a blacklist.
 */
public record SourceTablesRequest(
		@JsonProperty("database_tables") @NotEmpty @Size(max = 100) List<@NotNull @Valid DatabaseTables> databaseTables,
		@JsonProperty("source_instance_id") @NotNull @TaurusInstanceId String sourceInstanceId,
		@JsonProperty("selected_tables") @Size(max = 100) List<@NotNull @Valid DatabaseTables> selectedTables,
		@JsonProperty("filter_type") @NotNull @ReplType String filterType) {

	/** DatabaseTablesInfo. */
	public record DatabaseTables(@JsonProperty("database") @NotNull @Size(min = 1, max = 64) String database,
			@JsonProperty("tables") @Size(max = 5000) List<@NotNull @Size(min = 1, max = 64) String> tables) {
	}

}
