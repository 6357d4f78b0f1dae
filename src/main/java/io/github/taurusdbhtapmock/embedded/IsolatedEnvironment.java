package io.github.taurusdbhtapmock.embedded;

import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded emulator's environment: the settings it is started with and its own
 * configuration file, and not the test JVM's system properties or environment variables.
 * Those belong to the user's build: a SERVER_PORT, SPRING_PROFILES_ACTIVE or
 * EMULATOR_AUTH_MODE set for their own application or for a Docker emulator must not
 * change the emulator their test starts.
 */
final class IsolatedEnvironment extends StandardEnvironment {

	static final String SOURCE_NAME = "taurusHtapEmulatorSettings";

	IsolatedEnvironment(Map<String, Object> settings) {
		getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, settings));
	}

	@Override
	protected void customizePropertySources(MutablePropertySources propertySources) {
		// no systemProperties and no systemEnvironment: see the class comment
	}

}
