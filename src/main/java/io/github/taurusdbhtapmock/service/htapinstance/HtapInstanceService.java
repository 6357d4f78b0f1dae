package io.github.taurusdbhtapmock.service.htapinstance;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.service.catalogue.HtapCatalogue;
import io.github.taurusdbhtapmock.service.replication.ReplicationService;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;
import io.github.taurusdbhtapmock.service.topology.TopologyService;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.TaurusInstancePath;
import io.github.taurusdbhtapmock.platform.web.TaurusStarRocksPath;

/**
 * The rules of the read operations on HTAP (StarRocks) instances, answered from the
 * topology: seeded instances and those created through the API.
 */
@Service
public class HtapInstanceService {

	/**
	 * The system database every StarRocks instance has, whatever was replicated into it.
	 */
	static final String INFORMATION_SCHEMA = "INFORMATION_SCHEMA";

	private final TopologyService topology;

	private final TopologyRepository topologyRepository;

	private final ReplicationService replication;

	private final Clock clock;

	private final HtapCatalogue catalogue;

	public HtapInstanceService(TopologyService topology, TopologyRepository topologyRepository,
			ReplicationService replication, Clock clock, HtapCatalogue catalogue) {
		this.topology = topology;
		this.topologyRepository = topologyRepository;
		this.replication = replication;
		this.clock = clock;
		this.catalogue = catalogue;
	}

	/** The instance with its nodes, as the operations on it present it. */
	public StarRocksCluster cluster(StarRocksInstance instance) {
		return StarRocksCluster.of(instance, this.catalogue);
	}

	/**
	 * ListInstanceNode: the nodes of a StarRocks instance, whatever its status (its nodes
	 * show it).
	 */
	public StarRocksCluster nodes(InstancePath path) {
		StarRocksInstance instance = this.topologyRepository.starRocksInstance(path.projectId(), path.instanceId())
			.orElseThrow(() -> new ApiException(ErrorCode.INSTANCE_NOT_FOUND, "detail.starrocks-instance-not-found",
					path.instanceId(), path.projectId()));
		return cluster(instance);
	}

	/**
	 * ListStarRocksDataBases: the system database and the destination databases of the
	 * instance's replication tasks, sorted, filtered, then paged.
	 */
	public DatabasePage databases(InstancePath path, DatabaseQuery query) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		List<String> matching = Stream
			.concat(Stream.of(INFORMATION_SCHEMA),
					this.replication.destinationDatabases(path.projectId(), path.instanceId()).stream())
			.distinct()
			.sorted()
			.filter(query::matches)
			.toList();
		List<String> page = matching.stream().skip(query.offset()).limit(query.limit()).toList();
		// The SDK reads timestamp as an Integer: epoch seconds fit until 2038, as on the
		// real service.
		return new DatabasePage(page, matching.size(), Math.toIntExact(this.clock.instant().getEpochSecond()));
	}

	/**
	 * ListHtapInstanceInfo: the StarRocks instances attached to the TaurusDB instance, by
	 * id.
	 */
	public List<StarRocksCluster> attachedInstances(TaurusInstancePath path) {
		requireTaurusInstance(path);
		return this.topologyRepository.starRocksInstances(path.projectId())
			.stream()
			.filter((instance) -> instance.isAttachedTo(path.instanceId()))
			.map(this::cluster)
			.toList();
	}

	/**
	 * ListStarrocksInstanceInfo. A StarRocks instance that exists but is attached to
	 * another TaurusDB instance is as unknown here as one that does not exist.
	 */
	public StarRocksCluster attachedInstance(TaurusStarRocksPath path) {
		requireTaurusInstance(path.taurusInstance());
		StarRocksInstance instance = this.topologyRepository
			.starRocksInstance(path.projectId(), path.starRocksInstanceId())
			.filter((candidate) -> candidate.isAttachedTo(path.instanceId()))
			.orElseThrow(() -> new ApiException(ErrorCode.STARROCKS_INSTANCE_NOT_FOUND,
					"detail.starrocks-instance-not-attached", path.starRocksInstanceId(), path.instanceId(),
					path.projectId()));
		return cluster(instance);
	}

	/**
	 * The TaurusDB instance of the path; its detail names the path, not
	 * source_instance_id as replication's does.
	 */
	private void requireTaurusInstance(TaurusInstancePath path) {
		if (this.topologyRepository.taurusInstance(path.projectId(), path.instanceId()).isEmpty()) {
			throw new ApiException(ErrorCode.INSTANCE_NOT_FOUND, "detail.taurus-instance-not-found", path.instanceId(),
					path.projectId());
		}
	}

}
