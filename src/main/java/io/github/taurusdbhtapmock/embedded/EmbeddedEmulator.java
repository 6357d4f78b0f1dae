package io.github.taurusdbhtapmock.embedded;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.webresources.TomcatURLStreamHandlerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;

/**
 * One emulator started inside another program's JVM, the entry point of the test kit's
 * JUnit extension. The kit loads the runnable jar's classes in a class loader of their
 * own (whose parent is the platform class loader) and calls {@link #start} reflectively,
 * so only JDK types cross: the settings in, {@link #port()} and {@link #close()} out. The
 * emulator gets its own Spring application context with its own environment (see
 * {@link IsolatedEnvironment}) and no parent.
 */
public final class EmbeddedEmulator implements AutoCloseable {

	private static final Object START_LOCK = new Object();

	private final ConfigurableApplicationContext context;

	private final int port;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedEmulator(ConfigurableApplicationContext context, int port) {
		this.context = context;
		this.port = port;
	}

	/**
	 * Starts an emulator with these settings of its own (docs/configuration.md), e.g.
	 * {@code server.port=0} (a free port, the default) or
	 * {@code emulator.jobs.duration=0s}. Nothing else configures it: not the JVM's system
	 * properties, not its environment variables, not an application.yml of the caller's.
	 */
	public static EmbeddedEmulator start(Map<String, String> settings) {
		ClassLoader emulatorClasses = EmbeddedEmulator.class.getClassLoader();
		Map<String, Object> environment = new LinkedHashMap<>();
		// the emulator's own application.yml only: not ./config/application.yml or
		// ./application.yml of the caller's working directory
		environment.put("spring.config.location", "classpath:/application.yml");
		environment.put("server.port", "0");
		// an embedded emulator stops at once: nothing in flight is worth waiting for once
		// its tests are done
		environment.put("server.shutdown", "immediate");
		// stopping logging at JVM exit is for whoever configured the JVM's logging, not
		// for an emulator the caller stops
		environment.put("logging.register-shutdown-hook", "false");
		environment.put("logging.include-application-name", "false");
		// no "Starting ..." and "Started ... in" lines, and from the emulator's startup
		// lines only the one saying where it listens: the caller has its client already
		environment.put("spring.main.log-startup-info", "false");
		// Tomcat cannot list the URLs of the platform class loader, the parent of the
		// emulator's, and says so at INFO on every start
		environment.put("logging.level.org.apache.catalina.loader.WebappLoader", "WARN");
		environment.putAll(settings);
		ConfigurableApplicationContext context;
		Thread thread = Thread.currentThread();
		ClassLoader callerClasses = thread.getContextClassLoader();
		// one start at a time: each puts back the system properties it found, which must
		// not undo another's
		synchronized (START_LOCK) {
			// Tomcat would install its URL stream handler factory, of which the JVM takes
			// one:
			// a second emulator class loader, or the test's own Tomcat (a Spring Boot
			// application under test), would then fail to start. The emulator serves no
			// war: URLs and needs none.
			TomcatURLStreamHandlerFactory.disable();
			Properties systemProperties = (Properties) System.getProperties().clone();
			// Spring finds its auto-configurations and resources through the context
			// class loader: the emulator's, not the caller's
			thread.setContextClassLoader(emulatorClasses);
			try {
				SpringApplicationBuilder application = new SpringApplicationBuilder(
						TaurusHtapEmulatorApplication.class);
				if (TaurusHtapEmulatorApplication.useAotWhenGenerated()) {
					// the generated initializer is found by the main class's name, which
					// a start outside main() does not deduce
					application.main(TaurusHtapEmulatorApplication.class);
				}
				context = application.resourceLoader(new DefaultResourceLoader(emulatorClasses))
					.environment(new IsolatedEnvironment(environment))
					.bannerMode(Banner.Mode.OFF)
					// whoever started it stops it; a hook per start would pile up
					.registerShutdownHook(false)
					.run();
			}
			finally {
				thread.setContextClassLoader(callerClasses);
				SystemProperties.restore(systemProperties);
			}
		}
		Integer actualPort = context.getEnvironment().getProperty("local.server.port", Integer.class);
		return new EmbeddedEmulator(context, Objects.requireNonNull(actualPort, "local.server.port"));
	}

	/** The port it listens on. */
	public int port() {
		return this.port;
	}

	public boolean isRunning() {
		return !this.closed.get() && this.context.isActive();
	}

	/** Stops the emulator; idempotent. */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.context.close();
		}
	}

}
