package io.github.taurusdbhtapmock.junit;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;

/**
 * One emulator running in this JVM: its own Spring application context, with its own
 * environment (see {@link IsolatedEnvironment}) and no parent, so nothing of it is
 * visible to a Spring context of the test's.
 */
final class EmbeddedServer implements AutoCloseable {

	/**
	 * Where the build puts a copy of application.yml and messages*.properties for
	 * embedded use. The lib jar has only these copies, so that its root files neither
	 * shadow the user's nor are picked up by the user's own Spring Boot application.
	 */
	static final String EMBEDDED_RESOURCES = "io/github/taurusdbhtapmock/embedded/";

	private static final Object START_LOCK = new Object();

	private final ConfigurableApplicationContext context;

	private final int port;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedServer(ConfigurableApplicationContext context, int port) {
		this.context = context;
		this.port = port;
	}

	static EmbeddedServer start(int port, Map<String, String> properties) {
		Map<String, Object> settings = new LinkedHashMap<>(configuration());
		settings.put("server.port", String.valueOf(port));
		// a test emulator stops at once: nothing in flight is worth waiting for once its
		// tests are done
		settings.put("server.shutdown", "immediate");
		// the logging system is the JVM's: the test's log lines must not carry the
		// emulator's name, and stopping
		// logging at JVM exit is for whoever configured it, not for a test's emulator
		settings.put("logging.include-application-name", "false");
		settings.put("logging.register-shutdown-hook", "false");
		// no "Starting ..." and "Started ... in" lines from Spring Boot, and from the
		// emulator's startup lines only the one saying where it listens: the test has
		// its client already, a curl to paste would be noise in every test run
		settings.put("spring.main.log-startup-info", "false");
		settings.putAll(properties);
		ConfigurableApplicationContext context;
		// one start at a time: each puts back the system properties it found, which must
		// not undo another's
		synchronized (START_LOCK) {
			Properties systemProperties = (Properties) System.getProperties().clone();
			try {
				context = new SpringApplicationBuilder(TaurusHtapEmulatorApplication.class)
					.environment(new IsolatedEnvironment(settings))
					.bannerMode(Banner.Mode.OFF)
					// the extension, or whoever calls TaurusHtapEmulator.close(), stops
					// it; a hook per start would pile up
					.registerShutdownHook(false)
					.run();
			}
			finally {
				SystemProperties.restore(systemProperties);
			}
		}
		Integer actualPort = context.getEnvironment().getProperty("local.server.port", Integer.class);
		return new EmbeddedServer(context, Objects.requireNonNull(actualPort, "local.server.port"));
	}

	/**
	 * The emulator's own application.yml and messages, not whatever the test classpath
	 * has first under those names: a user's project usually has an application.yml (or
	 * config/application.yml in its working directory), which would otherwise replace or
	 * extend the emulator's settings.
	 */
	private static Map<String, Object> configuration() {
		ClassLoader loader = TaurusHtapEmulatorApplication.class.getClassLoader();
		if (loader.getResource(EMBEDDED_RESOURCES + "application.yml") != null) {
			return Map.of("spring.config.location", "classpath:/" + EMBEDDED_RESOURCES + "application.yml",
					"spring.messages.basename", EMBEDDED_RESOURCES + "messages");
		}
		// classes built by an IDE, without the build's copy: the application.yml next to
		// the emulator's classes
		Path next = classesDirectory().resolve("application.yml");
		if (!Files.isRegularFile(next)) {
			throw new IllegalStateException("The emulator's configuration is missing: there is no " + EMBEDDED_RESOURCES
					+ "application.yml on the classpath and no " + next
					+ "; depend on the lib jar, or build with Maven (process-resources copies it)");
		}
		return Map.of("spring.config.location", next.toUri().toString());
	}

	private static Path classesDirectory() {
		URL location = TaurusHtapEmulatorApplication.class.getProtectionDomain().getCodeSource().getLocation();
		try {
			return Path.of(location.toURI());
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new IllegalStateException("cannot locate the emulator's classes at " + location, ex);
		}
	}

	int port() {
		return this.port;
	}

	EmulatorAdmin admin() {
		return this.context.getBean(EmulatorAdmin.class);
	}

	boolean isRunning() {
		return !this.closed.get() && this.context.isActive();
	}

	/**
	 * Idempotent: JUnit may close a stored value both as a CloseableResource and as an
	 * AutoCloseable.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.context.close();
		}
	}

}
