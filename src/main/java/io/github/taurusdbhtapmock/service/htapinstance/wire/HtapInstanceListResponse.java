package io.github.taurusdbhtapmock.service.htapinstance.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.htapinstance.CloudDefaults;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;

/**
 * Reply of ListHtapInstanceInfo: the HTAP instances of one TaurusDB instance. The counts
 * are JSON numbers.
 */
public record HtapInstanceListResponse(@JsonProperty("total") int total,
		@JsonProperty("instances") List<HtapInstance> instances,
		@JsonProperty("max_htap_instance_num_of_taurus") int maxHtapInstanceNumOfTaurus) {

	public static HtapInstanceListResponse from(List<StarRocksCluster> clusters) {
		return new HtapInstanceListResponse(clusters.size(), clusters.stream().map(HtapInstance::from).toList(),
				CloudDefaults.MAX_HTAP_INSTANCES_PER_TAURUS);
	}

}
