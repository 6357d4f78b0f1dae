package io.github.taurusdbhtapmock.admin;

import java.util.List;
import java.util.function.Function;

import io.github.taurusdbhtapmock.admin.api.Topology;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.DatabaseSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.ProjectSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.StarRocksSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.TableSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.TaurusSeed;

/**
 * The published {@link Topology} and the seed records the emulator keeps, field for
 * field. Toward the seeds, nulls are kept (inside lists too) so that the seeds' checks,
 * which run on them, name a missing element; the seeds' constructors fill in the
 * defaults.
 */
final class TopologyRecords {

	private TopologyRecords() {
	}

	static Topology of(List<ProjectSeed> projects) {
		return new Topology(map(projects, TopologyRecords::project));
	}

	static TopologyProperties seeds(Topology topology) {
		return new TopologyProperties(map(topology.projects(), TopologyRecords::projectSeed));
	}

	private static Topology.Project project(ProjectSeed seed) {
		return new Topology.Project(seed.id(), map(seed.starrocksInstances(), TopologyRecords::starRocks),
				map(seed.taurusInstances(), TopologyRecords::taurus));
	}

	private static Topology.StarRocksInstance starRocks(StarRocksSeed seed) {
		return new Topology.StarRocksInstance(seed.id(), seed.name(), seed.beNodes(), seed.taurusInstanceId());
	}

	private static Topology.TaurusInstance taurus(TaurusSeed seed) {
		return new Topology.TaurusInstance(seed.id(), seed.name(), seed.readReplicas(),
				map(seed.databases(), TopologyRecords::database));
	}

	private static Topology.Database database(DatabaseSeed seed) {
		return new Topology.Database(seed.name(), map(seed.tables(), TopologyRecords::table));
	}

	private static Topology.Table table(TableSeed seed) {
		return new Topology.Table(seed.name(), seed.columns());
	}

	private static ProjectSeed projectSeed(Topology.Project project) {
		return new ProjectSeed(project.id(), map(project.starrocksInstances(), TopologyRecords::starRocksSeed),
				map(project.taurusInstances(), TopologyRecords::taurusSeed));
	}

	private static StarRocksSeed starRocksSeed(Topology.StarRocksInstance instance) {
		return new StarRocksSeed(instance.id(), instance.name(), instance.beNodes(), instance.taurusInstanceId());
	}

	private static TaurusSeed taurusSeed(Topology.TaurusInstance instance) {
		return new TaurusSeed(instance.id(), instance.name(), instance.readReplicas(),
				map(instance.databases(), TopologyRecords::databaseSeed));
	}

	private static DatabaseSeed databaseSeed(Topology.Database database) {
		return new DatabaseSeed(database.name(), map(database.tables(), TopologyRecords::tableSeed));
	}

	private static TableSeed tableSeed(Topology.Table table) {
		return new TableSeed(table.name(), table.columns());
	}

	/** Null stays null, and so does each null element. */
	private static <S, T> List<T> map(List<S> list, Function<S, T> mapping) {
		return (list != null) ? list.stream().map((item) -> (item != null) ? mapping.apply(item) : null).toList()
				: null;
	}

}
