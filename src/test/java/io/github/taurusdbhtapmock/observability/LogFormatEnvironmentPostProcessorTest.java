package io.github.taurusdbhtapmock.observability;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** emulator.log.format only chooses Spring Boot's structured console format. */
class LogFormatEnvironmentPostProcessorTest {

	private static final String SPRING = "logging.structured.format.console";

	@Test
	void textIsTheDefaultAndLeavesSpringsPatternLayout() {
		assertThat(formatFor(null)).isNull();
		assertThat(formatFor("text")).isNull();
	}

	@Test
	void jsonIsElasticCommonSchema() {
		assertThat(formatFor("json")).isEqualTo("ecs");
		assertThat(formatFor(" JSON ")).isEqualTo("ecs");
	}

	@Test
	void springBootsOwnFormatNamesAreAccepted() {
		assertThat(formatFor("ecs")).isEqualTo("ecs");
		assertThat(formatFor("logstash")).isEqualTo("logstash");
		assertThat(formatFor("gelf")).isEqualTo("gelf");
	}

	@Test
	void anExplicitSpringSettingWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("emulator.log.format", "json")
			.withProperty(SPRING, "logstash");
		new LogFormatEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(SPRING)).isEqualTo("logstash");
	}

	@Test
	void anUnknownFormatStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> formatFor("xml"))
			.withMessage("emulator.log.format: 'xml' is not one of text, json, ecs, logstash, gelf");
	}

	private static String formatFor(String format) {
		MockEnvironment environment = new MockEnvironment();
		if (format != null) {
			environment.setProperty("emulator.log.format", format);
		}
		new LogFormatEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(SPRING);
	}

}
