package io.github.taurusdbhtapmock.service.topology;

import java.util.Optional;

/**
 * The instances of every project: the repository's current topology, or one being
 * restored and checked before it replaces the current one.
 */
public interface TopologyView {

	Optional<StarRocksInstance> starRocksInstance(String projectId, String instanceId);

	Optional<TaurusInstance> taurusInstance(String projectId, String instanceId);

}
