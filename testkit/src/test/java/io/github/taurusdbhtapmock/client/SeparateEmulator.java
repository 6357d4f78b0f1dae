package io.github.taurusdbhtapmock.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator in a JVM of its own, started as a user starts a shared one:
 * {@code java -jar taurusdb-htap-mock.jar --server.port=<free port> <settings>}, with the
 * server jar the kit embeds. Ready once {@code /actuator/health/readiness} answers 200;
 * stopped by {@link #close()}. Its output goes to a log file under {@code target/},
 * quoted when it fails to start.
 */
final class SeparateEmulator implements AutoCloseable {

	static final String SERVER_JAR = "io/github/taurusdbhtapmock/junit/server/taurusdb-htap-mock.jar";

	/** Two cores shared with other builds: a cold Spring Boot start may take a while. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private final Thread killer;

	private SeparateEmulator(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
		// a test JVM that ends without closing must not leave the emulator running
		this.killer = new Thread(process::destroyForcibly, "separate-emulator-" + port + "-killer");
		Runtime.getRuntime().addShutdownHook(this.killer);
	}

	/** Starts one and waits until it is ready; settings such as {@code --a.b=c}. */
	static SeparateEmulator start(List<String> settings) {
		int port = freePort();
		Path log = logFile(port);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// startup speed over peak performance: the emulator serves a few test calls
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-jar");
		command.add(serverJar().toString());
		command.add("--server.port=" + port);
		command.addAll(settings);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			SeparateEmulator emulator = new SeparateEmulator(process, port, log);
			emulator.awaitReady();
			return emulator;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + command, ex);
		}
	}

	/**
	 * An extension that hands out one emulator per settings for the whole run, started by
	 * the first test class that asks and closed when the run ends.
	 */
	static Shared shared(String... settings) {
		return new Shared(List.of(settings));
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.killer);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: the hook runs anyway, harmlessly
		}
	}

	private void awaitReady() {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		URI readiness = URI.create(baseUrl() + "/actuator/health/readiness");
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The emulator exited with " + this.process.exitValue()
						+ " before it was ready; its log " + this.log + " ends with:\n" + logTail());
			}
			if (ready(readiness)) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		close();
		throw new IllegalStateException("The emulator was not ready within " + START_TIMEOUT + " at " + readiness
				+ "; its log " + this.log + " ends with:\n" + logTail());
	}

	private static boolean ready(URI readiness) {
		try {
			HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build();
			return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			// not listening yet
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex + ")";
		}
	}

	/**
	 * The server jar on the test class path: a file in the kit's build, else (inside a
	 * jar) copied to a temporary file that {@code java -jar} can open.
	 */
	private static Path serverJar() {
		URL resource = SeparateEmulator.class.getClassLoader().getResource(SERVER_JAR);
		if (resource == null) {
			throw new IllegalStateException(SERVER_JAR + " is not on the test class path; install the server first: "
					+ "./mvnw -B -q install -Dmaven.test.skip=true -Dinvoker.skip");
		}
		try {
			if ("file".equals(resource.getProtocol())) {
				return Path.of(resource.toURI());
			}
			Path copy = Files.createTempFile("taurusdb-htap-mock-", ".jar");
			copy.toFile().deleteOnExit();
			try (InputStream in = resource.openStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path logFile(int port) {
		try {
			Path directory = Files.isDirectory(Path.of("target")) ? Path.of("target")
					: Path.of(System.getProperty("java.io.tmpdir"));
			return Files.createTempFile(directory, "separate-emulator-" + port + "-", ".log");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Register with {@code @RegisterExtension static final}: before the class's tests,
	 * {@link #emulator()} is the run's emulator with these settings.
	 */
	static final class Shared implements BeforeAllCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(SeparateEmulator.class);

		private final List<String> settings;

		private SeparateEmulator emulator;

		private Shared(List<String> settings) {
			this.settings = settings;
		}

		@Override
		public void beforeAll(ExtensionContext context) {
			this.emulator = context.getRoot()
				.getStore(NAMESPACE)
				.getOrComputeIfAbsent(this.settings, SeparateEmulator::start, SeparateEmulator.class);
		}

		SeparateEmulator emulator() {
			if (this.emulator == null) {
				throw new IllegalStateException("Register SeparateEmulator.shared(...) with @RegisterExtension");
			}
			return this.emulator;
		}

		String baseUrl() {
			return emulator().baseUrl();
		}

	}

}
