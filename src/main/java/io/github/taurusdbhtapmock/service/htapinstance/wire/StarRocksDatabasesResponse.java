package io.github.taurusdbhtapmock.service.htapinstance.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.htapinstance.DatabasePage;

/**
 * Reply of ListStarRocksDataBases. Unlike the replication replies, total_count and
 * timestamp are JSON numbers: the SDK models them as Integer and refuses strings.
 */
public record StarRocksDatabasesResponse(@JsonProperty("databases") List<String> databases,
		@JsonProperty("total_count") int totalCount, @JsonProperty("timestamp") int timestamp) {

	public static StarRocksDatabasesResponse from(DatabasePage page) {
		return new StarRocksDatabasesResponse(page.databases(), page.totalCount(), page.timestamp());
	}

}
