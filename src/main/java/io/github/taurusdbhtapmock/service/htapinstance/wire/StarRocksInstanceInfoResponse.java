package io.github.taurusdbhtapmock.service.htapinstance.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;

/**
 * Reply of ListStarrocksInstanceInfo: a list, as documented, that always holds exactly
 * the one instance asked for.
 */
public record StarRocksInstanceInfoResponse(@JsonProperty("instances") List<StarRocksInstanceInfo> instances) {

	public static StarRocksInstanceInfoResponse from(StarRocksCluster cluster) {
		return new StarRocksInstanceInfoResponse(List.of(StarRocksInstanceInfo.from(cluster)));
	}

}
