package io.github.taurusdbhtapmock.topology;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.topology.TopologyProperties.DatabaseSeed;
import io.github.taurusdbhtapmock.topology.TopologyProperties.ProjectSeed;
import io.github.taurusdbhtapmock.topology.TopologyProperties.TaurusSeed;

/**
 * The instances each tenant project owns, seeded from {@link TopologyProperties}. A project that is not seeded
 * is a valid tenant with no instances.
 */
@Repository
public class TopologyRepository {

	private final Map<String, ProjectTopology> projects = new ConcurrentHashMap<>();

	public TopologyRepository(TopologyProperties properties) {
		properties.projects().forEach(this::seed);
		this.projects.forEach(TopologyRepository::requireLinksResolve);
	}

	public Optional<StarRocksInstance> starRocksInstance(String projectId, String instanceId) {
		return project(projectId).map((project) -> project.starRocks().get(instanceId));
	}

	public Optional<TaurusInstance> taurusInstance(String projectId, String instanceId) {
		return project(projectId).map((project) -> project.taurus().get(instanceId));
	}

	/** The project's StarRocks instances, ordered by id so that lists are stable. */
	public List<StarRocksInstance> starRocksInstances(String projectId) {
		return project(projectId).map((project) -> project.starRocks()
			.values()
			.stream()
			.sorted(Comparator.comparing(StarRocksInstance::id))
			.toList()).orElse(List.of());
	}

	private Optional<ProjectTopology> project(String projectId) {
		return Optional.ofNullable(this.projects.get(projectId));
	}

	private void seed(ProjectSeed seed) {
		ProjectTopology project = this.projects.computeIfAbsent(seed.id(),
				(id) -> new ProjectTopology(new ConcurrentHashMap<>(), new ConcurrentHashMap<>()));
		seed.starrocksInstances()
			.forEach((instance) -> project.starRocks()
				.put(instance.id(), new StarRocksInstance(seed.id(), instance.id(), instance.name(), instance.beNodes(),
						instance.taurusInstanceId())));
		seed.taurusInstances().forEach((instance) -> project.taurus().put(instance.id(), taurus(seed.id(), instance)));
	}

	/** A link to a TaurusDB instance the project lacks would hide the StarRocks instance: refuse it at startup. */
	private static void requireLinksResolve(String projectId, ProjectTopology project) {
		project.starRocks().values().forEach((instance) -> {
			String linked = instance.taurusInstanceId();
			if (linked != null && !project.taurus().containsKey(linked)) {
				throw new IllegalStateException("emulator.topology: StarRocks instance " + instance.id()
						+ " has taurus-instance-id " + linked + ", which is not a TaurusDB instance of project "
						+ projectId);
			}
		});
	}

	private static TaurusInstance taurus(String projectId, TaurusSeed seed) {
		Map<String, SourceDatabase> databases = new LinkedHashMap<>();
		for (DatabaseSeed database : seed.databases()) {
			databases.put(database.name(), new SourceDatabase(database.name(),
					database.tables()
						.stream()
						.collect(Collectors.toMap(TopologyProperties.TableSeed::name,
								(table) -> new SourceTable(table.name(), table.columns()), (a, b) -> b,
								LinkedHashMap::new))));
		}
		return new TaurusInstance(projectId, seed.id(), seed.name(), java.util.Set.copyOf(seed.readReplicas()),
				databases);
	}

	private record ProjectTopology(Map<String, StarRocksInstance> starRocks, Map<String, TaurusInstance> taurus) {
	}

}
