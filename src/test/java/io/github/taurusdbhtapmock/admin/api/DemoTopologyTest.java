package io.github.taurusdbhtapmock.admin.api;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import io.github.taurusdbhtapmock.service.topology.TopologyProperties;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.DatabaseSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.ProjectSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.StarRocksSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.TableSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.TaurusSeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ids and key {@link DemoTopology} spells are the ones the emulator seeds: the
 * defaults in its application.yml.
 */
class DemoTopologyTest {

	private static Binder defaults;

	@BeforeAll
	static void readTheDefaults() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application.yml",
				new FileSystemResource("src/main/resources/application.yml"));
		documents.forEach(environment.getPropertySources()::addLast);
		defaults = Binder.get(environment);
	}

	@Test
	void theSeededTopologyIsTheDemoTopology() {
		List<ProjectSeed> projects = defaults.bind("emulator.topology", TopologyProperties.class).get().projects();
		assertThat(projects).extracting(ProjectSeed::id).containsExactly(DemoTopology.PROJECT_ID);
		assertThat(projects.get(0).starrocksInstances()).extracting(StarRocksSeed::id, StarRocksSeed::taurusInstanceId)
			.containsExactly(tuple(DemoTopology.STARROCKS_INSTANCE_ID, DemoTopology.TAURUS_INSTANCE_ID));
		List<TaurusSeed> taurus = projects.get(0).taurusInstances();
		assertThat(taurus).extracting(TaurusSeed::id).containsExactly(DemoTopology.TAURUS_INSTANCE_ID);
		assertThat(taurus.get(0).readReplicas()).containsExactly(DemoTopology.READ_REPLICA_ID);
		List<DatabaseSeed> databases = taurus.get(0).databases();
		assertThat(databases).extracting(DatabaseSeed::name)
			.containsExactly(DemoTopology.SOURCE_DATABASE, DemoTopology.SALES_DATABASE);
		assertThat(databases.get(0).tables()).extracting(TableSeed::name).containsExactly("t1", "t2", "orders");
		assertThat(databases.get(1).tables()).extracting(TableSeed::name)
			.containsExactly("orders", "customers", "items");
	}

	@Test
	void theDefaultAccessKeyIsTheDemoKey() {
		assertThat(defaults.bind("emulator.auth.access-keys[0].access", String.class).get())
			.isEqualTo(DemoTopology.ACCESS_KEY);
		assertThat(defaults.bind("emulator.auth.access-keys[0].secret", String.class).get())
			.isEqualTo(DemoTopology.SECRET_KEY);
		assertThat(defaults.bind("emulator.auth.access-keys[1].access", String.class).isBound())
			.as("the demo key is the only default one")
			.isFalse();
	}

}
