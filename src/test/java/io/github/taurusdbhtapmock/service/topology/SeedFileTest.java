package io.github.taurusdbhtapmock.service.topology;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * emulator.topology.seed-file replaces the demo topology, and a missing file stops the
 * start.
 */
class SeedFileTest {

	private static ConfigurableApplicationContext start(String seedFile) {
		return new SpringApplicationBuilder(TaurusHtapEmulatorApplication.class).run("--server.port=0",
				"--emulator.topology.seed-file=" + seedFile);
	}

	@Test
	void theSeedFileReplacesTheDemoTopology() {
		try (ConfigurableApplicationContext context = start("classpath:two-tenants.yml")) {
			TopologyRepository topology = context.getBean(TopologyRepository.class);
			assertThat(topology.taurusInstance("fedcba9876543210fedcba9876543210", DemoTopology.TAURUS_INSTANCE_ID))
				.isPresent();
			assertThat(topology.taurusInstance(DemoTopology.PROJECT_ID, DemoTopology.TAURUS_INSTANCE_ID)
				.orElseThrow()
				.database("src_db")).isEmpty();
		}
	}

	@Test
	void aMissingSeedFileStopsTheStart() {
		assertThatThrownBy(() -> start("/no/such/seed.yml")).hasMessageContaining("emulator.topology.seed-file")
			.hasMessageContaining("/no/such/seed.yml");
	}

}
