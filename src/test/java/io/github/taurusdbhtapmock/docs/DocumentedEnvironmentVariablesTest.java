package io.github.taurusdbhtapmock.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every environment variable docs/configuration.md names really sets the key it is listed
 * with, as Spring Boot maps environment variables to keys: a documented name that set
 * nothing would leave a user's setting silently ignored.
 */
class DocumentedEnvironmentVariablesTest {

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| `([A-Z0-9_]+)` \\|");

	static Stream<String[]> documentedSettings() throws IOException {
		List<String[]> rows = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("docs/configuration.md"))) {
			Matcher matcher = ROW.matcher(line);
			if (matcher.find()) {
				rows.add(new String[] { matcher.group(1), matcher.group(2) });
			}
		}
		assertThat(rows).as("settings rows in docs/configuration.md").hasSizeGreaterThan(10);
		return rows.stream();
	}

	@ParameterizedTest(name = "{1} sets {0}")
	@MethodSource("documentedSettings")
	void theVariableSetsTheKey(String key, String variable) {
		SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value"));
		ConfigurationPropertySource source = ConfigurationPropertySources.from(environment).iterator().next();
		assertThat(source.getConfigurationProperty(ConfigurationPropertyName.of(key))).as(variable).isNotNull();
	}

}
