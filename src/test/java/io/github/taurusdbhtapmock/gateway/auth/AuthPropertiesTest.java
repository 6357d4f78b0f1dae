package io.github.taurusdbhtapmock.gateway.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.gateway.auth.AuthProperties.AccessKey;
import io.github.taurusdbhtapmock.gateway.auth.AuthProperties.Token;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration keys as a user sets them: environment variables, defaults, and
 * secrets kept out of text.
 */
class AuthPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Properties.class);

	@EnableConfigurationProperties(AuthProperties.class)
	static class Properties {

	}

	@Test
	void environmentVariablesConfigureEverything() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("EMULATOR_AUTH_MODE", "strict", "EMULATOR_AUTH_MAXCLOCKSKEW", "5m",
							"EMULATOR_AUTH_ACCESSKEYS_0_ACCESS", "MYAK0123456789ABCDEF",
							"EMULATOR_AUTH_ACCESSKEYS_0_SECRET", "my-secret", "EMULATOR_AUTH_ACCESSKEYS_0_PROJECTS_0",
							DemoTopology.PROJECT_ID, "EMULATOR_AUTH_TOKENS_0_VALUE", "my-token")));

		AuthProperties properties = bind(environment);

		assertThat(properties.mode()).isEqualTo(AuthMode.STRICT);
		assertThat(properties.maxClockSkew()).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.accessKey("MYAK0123456789ABCDEF")).get()
			.extracting(AccessKey::secret, AccessKey::projects)
			.containsExactly("my-secret", List.of(DemoTopology.PROJECT_ID));
		assertThat(properties.token("my-token")).get().extracting(Token::projects).asList().isEmpty();
		assertThat(properties.token("other")).isEmpty();
	}

	@Test
	void withNothingConfiguredTheModeIsLenient() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("none", Map.of()));

		AuthProperties properties = bind(environment);

		assertThat(properties.mode()).isEqualTo(AuthMode.LENIENT);
		assertThat(properties.maxClockSkew()).isEqualTo(Duration.ofMinutes(15));
		assertThat(properties.accessKeys()).isEmpty();
		assertThat(properties.tokens()).isEmpty();
	}

	@Test
	void secretsNeverAppearInTheTextOfTheConfiguration() {
		AuthProperties properties = new AuthProperties(AuthMode.STRICT, Duration.ofMinutes(15),
				List.of(new AccessKey("MYAK", "my-secret-key", List.of())),
				List.of(new Token("my-token-value", List.of())));

		assertThat(properties.toString()).contains("MYAK").doesNotContain("my-secret-key", "my-token-value");
	}

	@Test
	void anUnboundPrincipalMayAccessEveryProjectAndABoundOneOnlyItsOwn() {
		AccessKey unbound = new AccessKey("AK", "SK", List.of());
		AccessKey bound = new AccessKey("AK", "SK", List.of(DemoTopology.PROJECT_ID));

		assertThat(unbound.mayAccess("fedcba9876543210fedcba9876543210")).isTrue();
		assertThat(bound.mayAccess(DemoTopology.PROJECT_ID)).isTrue();
		assertThat(bound.mayAccess("fedcba9876543210fedcba9876543210")).isFalse();
	}

	@Test
	void aBlankSecretOrAMalformedProjectStopsStartupWithThePropertyNamed() {
		this.runner
			.withPropertyValues("emulator.auth.access-keys[0].access=MYAK", "emulator.auth.access-keys[0].secret=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("accessKeys[0].secret"));
		this.runner
			.withPropertyValues("emulator.auth.access-keys[0].access=MYAK", "emulator.auth.access-keys[0].secret=s",
					"emulator.auth.access-keys[0].projects[0]=short")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("accessKeys[0].projects[0]"));
		this.runner.withPropertyValues("emulator.auth.mode=paranoid").run((context) -> assertThat(context).hasFailed());
	}

	private static AuthProperties bind(StandardEnvironment environment) {
		return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()))
			.bindOrCreate("emulator.auth", Bindable.of(AuthProperties.class));
	}

}
