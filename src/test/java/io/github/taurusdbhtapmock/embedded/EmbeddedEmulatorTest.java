package io.github.taurusdbhtapmock.embedded;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import io.github.taurusdbhtapmock.admin.api.EmulatorInfo;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.SdkClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The entry point the test kit starts an emulator through, over real HTTP: where it
 * listens, that only the settings it is given configure it, that the caller's JVM is left
 * as it was, and that close() stops it.
 */
class EmbeddedEmulatorTest {

	private static final String STRICT = """
			emulator:
			  auth:
			    mode: strict
			""";

	@Test
	void listensOnAFreePortByDefault() {
		try (EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of())) {
			assertThat(emulator.port()).isPositive();
			assertThat(emulator.isRunning()).isTrue();
			assertThat(info(emulator.port()).authMode()).isEqualTo("lenient");
		}
	}

	@Test
	void listensOnTheServerPortItIsGiven() throws IOException {
		int port = freePort();
		try (EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of("server.port", String.valueOf(port)))) {
			assertThat(emulator.port()).isEqualTo(port);
			assertThat(info(port).version()).isNotBlank();
		}
	}

	/**
	 * The same setting reaches it when given in its map, and not as a system property of
	 * the JVM, which stays as the caller set it.
	 */
	@Test
	void theJvmsSystemPropertiesDoNotConfigureIt() {
		Map<String, String> jvmSettings = Map.of("emulator.auth.mode", "strict", "server.port", "1");
		Map<String, String> before = new HashMap<>();
		jvmSettings.forEach((key, value) -> before.put(key, System.setProperty(key, value)));
		try (EmbeddedEmulator unset = EmbeddedEmulator.start(Map.of());
				EmbeddedEmulator given = EmbeddedEmulator.start(Map.of("emulator.auth.mode", "strict"))) {
			assertThat(unset.port()).isNotEqualTo(1);
			assertThat(info(unset.port()).authMode()).isEqualTo("lenient");
			assertThat(ApiClient.forPort(unset.port()).get(ApiClient.REPLICATION_PATH).status()).isEqualTo(200);
			assertThat(info(given.port()).authMode()).isEqualTo("strict");
			assertThat(ApiClient.forPort(given.port()).get(ApiClient.REPLICATION_PATH).status()).isEqualTo(401);
			jvmSettings.forEach((key, value) -> assertThat(System.getProperty(key)).isEqualTo(value));
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

	/**
	 * Spring Boot reads ./application.yml and ./config/application.yml of the working
	 * directory by default; the emulator reads only its own. This writes both into the
	 * test's working directory for the length of one start, unless the caller has files
	 * of its own there.
	 */
	@Test
	void applicationYmlFilesOfTheWorkingDirectoryDoNotConfigureIt() throws IOException {
		Path here = Path.of("application.yml");
		Path configDirectory = Path.of("config");
		Path inConfig = configDirectory.resolve("application.yml");
		assumeThat(here).as("a file of the working directory's own").doesNotExist();
		assumeThat(inConfig).as("a file of the working directory's own").doesNotExist();
		boolean createdConfigDirectory = !Files.isDirectory(configDirectory);
		try {
			Files.writeString(here, STRICT);
			Files.createDirectories(configDirectory);
			Files.writeString(inConfig, """
					emulator:
					  clock:
					    mode: manual
					""");
			try (EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of())) {
				EmulatorInfo info = info(emulator.port());
				assertThat(info.authMode()).isEqualTo("lenient");
				assertThat(info.clock()).isEqualTo("system");
			}
		}
		finally {
			Files.deleteIfExists(inConfig);
			if (createdConfigDirectory) {
				Files.deleteIfExists(configDirectory);
			}
			Files.deleteIfExists(here);
		}
	}

	/**
	 * An application.yml the caller's context class loader finds first is the caller's:
	 * the emulator reads its own, and gives the caller its class loader back.
	 */
	@Test
	void theCallersContextClassLoaderNeitherConfiguresItNorIsLeftChanged(@TempDir Path callersResources)
			throws IOException {
		Files.writeString(callersResources.resolve("application.yml"), STRICT);
		Thread thread = Thread.currentThread();
		ClassLoader original = thread.getContextClassLoader();
		try (URLClassLoader callers = new URLClassLoader(new URL[] { callersResources.toUri().toURL() }, null)) {
			assertThat(callers.getResource("application.yml")).isNotNull();
			thread.setContextClassLoader(callers);
			try (EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of())) {
				assertThat(thread.getContextClassLoader()).isSameAs(callers);
				assertThat(info(emulator.port()).authMode()).isEqualTo("lenient");
			}
			assertThat(thread.getContextClassLoader()).isSameAs(callers);
		}
		finally {
			thread.setContextClassLoader(original);
		}
	}

	/**
	 * Spring Boot sets JVM-wide system properties as it starts (PID, the LOG_* patterns
	 * and others): the emulator puts back what it found. Those this JVM's earlier Spring
	 * contexts set are cleared first, so the start sets them again.
	 */
	@Test
	void startingAndStoppingLeaveTheSystemPropertiesAsTheyWere() {
		Map<String, String> cleared = new HashMap<>();
		for (String name : System.getProperties().stringPropertyNames()) {
			if (name.equals("PID") || name.contains("LOG_")) {
				cleared.put(name, System.clearProperty(name));
			}
		}
		try {
			Map<Object, Object> before = new HashMap<>(System.getProperties());
			try (EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of())) {
				assertThat(new HashMap<>(System.getProperties())).isEqualTo(before);
			}
			assertThat(new HashMap<>(System.getProperties())).isEqualTo(before);
		}
		finally {
			cleared.forEach(System::setProperty);
		}
	}

	@Test
	void closeStopsItAndCanBeCalledAgain() throws IOException {
		EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of());
		int port = emulator.port();
		assertThat(acceptsConnections(port)).isTrue();

		emulator.close();

		assertThat(emulator.isRunning()).isFalse();
		assertThat(acceptsConnections(port)).as("port %d after close()", port).isFalse();
		assertThatNoException().isThrownBy(emulator::close);
		assertThat(emulator.isRunning()).isFalse();
	}

	@Test
	void twoEmulatorsInOneJvmAreIndependent() {
		try (EmbeddedEmulator one = EmbeddedEmulator.start(Map.of());
				EmbeddedEmulator two = EmbeddedEmulator.start(Map.of())) {
			String task = Names.unique("task");
			SdkClient.connect(one.port()).create(task, "src_db", Names.unique("tgt"));

			assertThat(one.port()).isNotEqualTo(two.port());
			assertThat(ApiClient.forPort(one.port()).listed(task)).isNotNull();
			assertThat(ApiClient.forPort(two.port()).listed(task)).isNull();
		}
	}

	/**
	 * The emulator's component scan covers its packages in every classpath entry, test
	 * classes included: {@link StrayConfiguration}, with a @Primary Clock 20 minutes
	 * ahead, would date jobs 20 minutes from now.
	 */
	@Test
	void testClassesInTheEmulatorsPackagesStayOutOfIt() {
		try (EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of())) {
			String job = SdkClient.connect(emulator.port())
				.create(Names.unique("task"), "src_db", Names.unique("tgt"))
				.getJobId();
			JobDetail ended = ApiClient.forPort(emulator.port())
				.post("/_emulator/jobs/" + job + "/complete", null)
				.assertOk()
				.as("job", JobDetail.class);

			assertThat(ended.status()).isEqualTo("Completed");
			assertThat(Duration.between(time(ended.created()), time(ended.ended())).abs())
				.isLessThan(Duration.ofMinutes(1));
			assertThat(Duration.between(time(ended.ended()), OffsetDateTime.now()).abs())
				.as("the job's end, by this JVM's clock")
				.isLessThan(Duration.ofMinutes(1));
		}
	}

	private static EmulatorInfo info(int port) {
		return ApiClient.forPort(port).get("/_emulator/info").assertOk().as(EmulatorInfo.class);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean acceptsConnections(int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
			return true;
		}
		catch (ConnectException refused) {
			return false;
		}
	}

	private static OffsetDateTime time(String jobTime) {
		return OffsetDateTime.parse(jobTime, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ"));
	}

	@Configuration(proxyBeanMethods = false)
	static class StrayConfiguration {

		@Bean
		@Primary
		Clock strayClock() {
			return Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
		}

	}

}
