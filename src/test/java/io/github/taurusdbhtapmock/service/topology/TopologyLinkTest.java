package io.github.taurusdbhtapmock.service.topology;

import org.junit.jupiter.api.Test;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.taurusdbhtapmock.service.job.JobRepository;
import io.github.taurusdbhtapmock.platform.capacity.CapacityProperties;
import io.github.taurusdbhtapmock.platform.capacity.StateBudget;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional taurus-instance-id of a StarRocks seed: the TaurusDB instance the
 * StarRocks instance is attached to.
 */
class TopologyLinkTest {

	private static final String PROJECT = "emulator.topology.projects[0].";

	private static final String STARROCKS = DemoTopology.STARROCKS_INSTANCE_ID;

	private static final String TAURUS = DemoTopology.TAURUS_INSTANCE_ID;

	private static final String OTHER_TAURUS = "2222aaaa2222bbbb3333cccc4444ddddin07";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class,
				MessageSourceAutoConfiguration.class, JacksonAutoConfiguration.class))
		.withUserConfiguration(Topology.class)
		.withPropertyValues(PROJECT + "id=" + DemoTopology.PROJECT_ID,
				PROJECT + "starrocks-instances[0].id=" + STARROCKS, PROJECT + "taurus-instances[0].id=" + TAURUS,
				PROJECT + "taurus-instances[1].id=" + OTHER_TAURUS);

	@EnableConfigurationProperties({ TopologyProperties.class, CapacityProperties.class })
	@Import({ TopologyRepository.class, StateBudget.class, JobRepository.class })
	static class Topology {

		@Bean
		WriteLog writeLog() {
			return WriteLog.OFF;
		}

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	@Test
	void aLinkedInstanceIsAttachedToThatTaurusInstanceOnly() {
		this.runner.withPropertyValues(PROJECT + "starrocks-instances[0].taurus-instance-id=" + TAURUS)
			.run((context) -> {
				StarRocksInstance instance = starRocks(context.getBean(TopologyRepository.class));
				assertThat(instance.taurusInstanceId()).isEqualTo(TAURUS);
				assertThat(instance.isAttachedTo(TAURUS)).isTrue();
				assertThat(instance.isAttachedTo(OTHER_TAURUS)).isFalse();
			});
	}

	@Test
	void anUnlinkedInstanceIsAttachedToEveryTaurusInstance() {
		this.runner.run((context) -> {
			StarRocksInstance instance = starRocks(context.getBean(TopologyRepository.class));
			assertThat(instance.taurusInstanceId()).isNull();
			assertThat(instance.isAttachedTo(TAURUS)).isTrue();
			assertThat(instance.isAttachedTo(OTHER_TAURUS)).isTrue();
		});
	}

	@Test
	void aMalformedLinkFailsStartupNamingTheField() {
		this.runner.withPropertyValues(PROJECT + "starrocks-instances[0].taurus-instance-id=" + STARROCKS)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("starrocksInstances[0].taurusInstanceId"));
	}

	@Test
	void aLinkToATaurusInstanceTheProjectLacksFailsStartup() {
		this.runner
			.withPropertyValues(
					PROJECT + "starrocks-instances[0].taurus-instance-id=9999aaaa2222bbbb3333cccc4444ddddin07")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("linked to TaurusDB instance 9999aaaa2222bbbb3333cccc4444ddddin07")
				.hasMessageContaining("not an instance of project " + DemoTopology.PROJECT_ID));
	}

	private static StarRocksInstance starRocks(TopologyRepository repository) {
		return repository.starRocksInstance(DemoTopology.PROJECT_ID, STARROCKS).orElseThrow();
	}

}
