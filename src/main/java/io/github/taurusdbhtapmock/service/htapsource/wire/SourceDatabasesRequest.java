package io.github.taurusdbhtapmock.service.htapsource.wire;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.validation.TaurusInstanceId;

/**
 * Body of ShowInstanceDatabasesForHtap (QueryDataBaseRequestV3): the TaurusDB instance
 * and what to look for in its database names (each a part of a name, in any letter case;
 * none lists them all).
 */
public record SourceDatabasesRequest(
		@JsonProperty("databases") @Size(max = 100) List<@NotNull @Size(min = 1, max = 64) String> databases,
		@JsonProperty("source_instance_id") @NotNull @TaurusInstanceId String sourceInstanceId) {
}
