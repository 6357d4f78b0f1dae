package io.github.taurusdbhtapmock.junit;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the extension starts and how it treats it. Two classes that ask for the same
 * {@link #server()} share one emulator when both ask for {@link #shared()}; the
 * properties are sorted so that the order they were given in does not matter.
 */
record EmulatorOptions(int port, Map<String, String> properties, boolean shared, boolean resetBeforeEach) {

	static final String CLOCK_MODE = "emulator.clock.mode";

	EmulatorOptions {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be from 0 (any free port) to 65535, not " + port);
		}
		properties = Collections.unmodifiableMap(new TreeMap<>(properties));
	}

	static EmulatorOptions of(TaurusHtapEmulatorTest annotation) {
		Map<String, String> properties = new TreeMap<>();
		for (String property : annotation.properties()) {
			int equals = property.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException(
						"@TaurusHtapEmulatorTest properties are key=value, e.g. emulator.jobs.duration=0s, not '"
								+ property + "'");
			}
			properties.put(property.substring(0, equals).strip(), property.substring(equals + 1).strip());
		}
		if (annotation.manualClock()) {
			properties.put(CLOCK_MODE, "manual");
		}
		return new EmulatorOptions(annotation.port(), properties, annotation.shared(), annotation.resetBeforeEach());
	}

	static EmulatorOptions defaults() {
		return new EmulatorOptions(0, Map.of(), false, true);
	}

	/** What tells one running emulator from another. */
	Server server() {
		return new Server(this.port, this.properties);
	}

	record Server(int port, Map<String, String> properties) {
	}

}
