package io.github.taurusdbhtapmock.junit;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.taurusdbhtapmock.admin.api.AdminException;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.testsupport.SdkTasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The embedded emulator and the test's JVM stay out of each other's way: the JVM's
 * settings, configuration files and test classes do not reach the emulator, and starting
 * it leaves the JVM's system properties as they were.
 */
class EmbeddedIsolationTest {

	@Test
	void theJvmsSystemPropertiesDoNotConfigureTheEmulator() {
		Map<String, String> set = Map.of("emulator.clock.mode", "manual", "server.port", "1", "spring.profiles.active",
				"no_such_profile", "emulator.jobs.duration", "7s");
		Map<String, String> before = new HashMap<>();
		set.forEach((key, value) -> before.put(key, System.setProperty(key, value)));
		try (TaurusHtapEmulator emulator = TaurusHtapEmulator.start(0, Map.of("emulator.jobs.duration", "0s"))) {
			assertThat(emulator.isManualClock()).isFalse();
			assertThat(emulator.port()).isNotEqualTo(1);
			String jobId = SdkTasks.create(emulator.gaussDbClient(), "task_demo");
			assertThat(emulator.completeRunningJobs()).as("jobs of 0 s, as started, not 7 s").isEmpty();
			assertThat(jobId).isNotBlank();
		}
		finally {
			before.forEach((key, value) -> {
				if (value == null) {
					System.clearProperty(key);
				}
				else {
					System.setProperty(key, value);
				}
			});
		}
	}

	@Test
	void startingAndStoppingLeaveTheSystemPropertiesAsTheyWere() {
		Map<Object, Object> before = new HashMap<>(System.getProperties());
		try (TaurusHtapEmulator emulator = TaurusHtapEmulator.start()) {
			assertThat(new HashMap<>(System.getProperties())).isEqualTo(before);
		}
		assertThat(new HashMap<>(System.getProperties())).isEqualTo(before);
	}

	/**
	 * The emulator's classes are loaded apart from the test's: Spring, Tomcat and the
	 * emulator's own Jackson are not on the test's class path, and the emulator does not
	 * see the test's classes.
	 */
	@Test
	void theEmulatorsClassesAndTheTestsStayApart() throws Exception {
		try (TaurusHtapEmulator emulator = TaurusHtapEmulator.start()) {
			ClassLoader tests = getClass().getClassLoader();
			assertThat(tests.getResource("org/springframework/boot/SpringApplication.class")).isNull();
			assertThat(tests.getResource("org/apache/catalina/startup/Tomcat.class")).isNull();
			assertThat(tests.getResource("io/github/taurusdbhtapmock/TaurusHtapEmulatorApplication.class")).isNull();
			ClassLoader emulatorClasses = EmulatorRuntime.get().classLoader();
			assertThat(emulatorClasses.getParent()).isSameAs(ClassLoader.getPlatformClassLoader());
			assertThat(emulatorClasses.getResource(getClass().getName().replace('.', '/') + ".class")).isNull();
			assertThat(emulatorClasses.loadClass("org.springframework.boot.SpringApplication").getClassLoader())
				.isSameAs(emulatorClasses);
			assertThat(emulator.info().tasks()).isZero();
		}
	}

	/**
	 * The test classpath has an application.yml and a META-INF/spring.factories of its
	 * own (src/test/resources): a user's. The emulator reads neither: its port, clock and
	 * topology are its defaults, and the factories file, which names a class that does
	 * not exist, would fail its start.
	 */
	@Test
	void theTestClasspathsConfigurationFilesDoNotReachTheEmulator() {
		assertThat(getClass().getClassLoader().getResource("application.yml")).isNotNull();
		assertThat(getClass().getClassLoader().getResource("META-INF/spring.factories")).isNotNull();
		try (TaurusHtapEmulator emulator = TaurusHtapEmulator.start()) {
			assertThat(emulator.isManualClock()).isFalse();
			assertThat(emulator.port()).isNotEqualTo(1);
			assertThat(emulator.topology().projects()).extracting((project) -> project.id())
				.containsExactly(TaurusHtapEmulator.DEMO_PROJECT_ID);
		}
	}

	private static Instant time(String jobTime) {
		return OffsetDateTime.parse(jobTime, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")).toInstant();
	}

	@Test
	void aJobEndsOnTheEmulatorsClock() {
		try (TaurusHtapEmulator emulator = TaurusHtapEmulator.start()) {
			JobDetail ended = emulator.completeJob(SdkTasks.create(emulator.gaussDbClient(), "task_demo"));
			assertThat(Duration.between(time(ended.created()), time(ended.ended())).abs())
				.isLessThan(Duration.ofMinutes(1));
		}
	}

	/**
	 * A context class loader that finds a user's application.yml and messages.properties
	 * first: the emulator reads its own, whatever loader the starting thread has.
	 */
	@Test
	void theUsersConfigurationFilesDoNotReachTheEmulator(@TempDir Path userResources) throws IOException {
		Files.writeString(userResources.resolve("application.yml"), """
				server:
				  port: 1
				emulator:
				  clock:
				    mode: manual
				  topology:
				    projects: []
				""");
		Files.writeString(userResources.resolve("messages.properties"), "error.control-plane-bad-request=Theirs.\n");
		Thread thread = Thread.currentThread();
		ClassLoader original = thread.getContextClassLoader();
		thread.setContextClassLoader(new ResourcesFirst(userResources, original));
		try (TaurusHtapEmulator emulator = TaurusHtapEmulator.start()) {
			assertThat(emulator.isManualClock()).isFalse();
			assertThat(emulator.topology().projects()).extracting((project) -> project.id())
				.containsExactly(TaurusHtapEmulator.DEMO_PROJECT_ID);
			AdminException refused = catchThrowableOfType(AdminException.class, () -> emulator.reset("bad"));
			assertThat(refused.errorMsg()).startsWith("Invalid control-plane request.");
		}
		finally {
			thread.setContextClassLoader(original);
		}
	}

	@Test
	void twoEmulatorsInOneJvmAreIndependent() {
		try (TaurusHtapEmulator one = TaurusHtapEmulator.start(); TaurusHtapEmulator two = TaurusHtapEmulator.start()) {
			SdkTasks.create(one.gaussDbClient(), "task_demo");
			assertThat(one.port()).isNotEqualTo(two.port());
			assertThat(SdkTasks.listTotal(one.gaussDbClient())).isEqualTo("1");
			assertThat(SdkTasks.listTotal(two.gaussDbClient())).isEqualTo("0");
		}
	}

	@Test
	void anEmulatorStartedInCodeStopsWhenClosed() {
		TaurusHtapEmulator emulator = TaurusHtapEmulator.start();
		emulator.close();
		assertThat(emulator.isRunning()).isFalse();
		emulator.close();
	}

	/**
	 * A test classpath whose first entry is the user's resources directory; classes come
	 * from the parent.
	 */
	private static final class ResourcesFirst extends ClassLoader {

		private final Path first;

		ResourcesFirst(Path first, ClassLoader parent) {
			super(parent);
			this.first = first;
		}

		@Override
		public URL getResource(String name) {
			URL own = own(name);
			return (own != null) ? own : super.getResource(name);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			URL own = own(name);
			List<URL> all = Stream.concat(Stream.ofNullable(own), Collections.list(super.getResources(name)).stream())
				.toList();
			return Collections.enumeration(all);
		}

		private URL own(String name) {
			Path file = this.first.resolve(name);
			try {
				return Files.isRegularFile(file) ? file.toUri().toURL() : null;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
