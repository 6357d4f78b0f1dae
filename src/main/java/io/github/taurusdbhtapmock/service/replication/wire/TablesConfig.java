package io.github.taurusdbhtapmock.service.replication.wire;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A table's sync settings in the table_config syntax, e.g.
 * {@code "order by id;replication_num=3"}.
 */
public record TablesConfig(@JsonProperty("table_name") @NotNull @Size(min = 1, max = 1024) String tableName,
		@JsonProperty("table_config") @NotNull @Size(max = 1024) String tableConfig) {
}
