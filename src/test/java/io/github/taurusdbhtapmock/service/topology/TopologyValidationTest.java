package io.github.taurusdbhtapmock.service.topology;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seed with a malformed id stops the emulator at startup with the field named, not at
 * the first request.
 */
class TopologyValidationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Properties.class);

	@EnableConfigurationProperties(TopologyProperties.class)
	static class Properties {

	}

	@Test
	void aValidSeedBinds() {
		this.runner
			.withPropertyValues("emulator.topology.projects[0].id=" + DemoTopology.PROJECT_ID,
					"emulator.topology.projects[0].starrocks-instances[0].id=" + DemoTopology.STARROCKS_INSTANCE_ID)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				TopologyProperties properties = context.getBean(TopologyProperties.class);
				assertThat(properties.projects().get(0).starrocksInstances().get(0).beNodes()).isEqualTo(3);
			});
	}

	@Test
	void aMalformedInstanceIdFailsStartup() {
		this.runner
			.withPropertyValues("emulator.topology.projects[0].id=" + DemoTopology.PROJECT_ID,
					"emulator.topology.projects[0].starrocks-instances[0].id=not-an-instance")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("starrocksInstances[0].id"));
	}

	@Test
	void aMalformedProjectIdFailsStartup() {
		this.runner.withPropertyValues("emulator.topology.projects[0].id=short")
			.run((context) -> assertThat(context).hasFailed());
	}

}
