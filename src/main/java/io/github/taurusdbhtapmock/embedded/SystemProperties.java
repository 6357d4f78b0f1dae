package io.github.taurusdbhtapmock.embedded;

import java.util.Objects;
import java.util.Properties;

/**
 * Puts back the system properties a Spring Boot start changes (logging's PID, LOG_*,
 * CONSOLE_LOG_* and others, java.awt.headless): they are JVM-wide, so the emulator's
 * values would otherwise be the defaults of every Spring application the test starts
 * after it. The emulator has read them by the time this runs.
 */
final class SystemProperties {

	private SystemProperties() {
	}

	static void restore(Properties before) {
		Properties now = System.getProperties();
		for (String name : now.stringPropertyNames()) {
			if (!before.containsKey(name)) {
				System.clearProperty(name);
			}
		}
		for (String name : before.stringPropertyNames()) {
			String value = before.getProperty(name);
			if (!Objects.equals(now.getProperty(name), value)) {
				System.setProperty(name, value);
			}
		}
	}

}
