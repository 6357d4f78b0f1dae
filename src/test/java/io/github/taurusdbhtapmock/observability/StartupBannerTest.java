package io.github.taurusdbhtapmock.observability;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.gateway.auth.AuthMode;
import io.github.taurusdbhtapmock.gateway.auth.AuthProperties;
import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;
import io.github.taurusdbhtapmock.embedded.EmbeddedEmulator;
import io.github.taurusdbhtapmock.platform.persistence.PersistenceProperties;
import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.ProjectSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.StarRocksSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.TaurusSeed;

import static org.assertj.core.api.Assertions.assertThat;

/** What the startup lines say for each setup, and what they never say. */
@ExtendWith(OutputCaptureExtension.class)
class StartupBannerTest {

	private static final String PROJECT = DemoTopology.PROJECT_ID;

	private static final String STARROCKS = DemoTopology.STARROCKS_INSTANCE_ID;

	private static final List<ProjectSeed> DEMO = List
		.of(new ProjectSeed(PROJECT, List.of(new StarRocksSeed(STARROCKS, "demo", 3, null)),
				List.of(new TaurusSeed(DemoTopology.TAURUS_INSTANCE_ID, "demo", List.of(), List.of()))));

	private static final String URL = "http://localhost:8080/v3/" + PROJECT + "/instances/" + STARROCKS
			+ "/starrocks/databases/replication";

	@Test
	void theSummarySaysWhatRunsAndHow() {
		StartupBanner banner = banner(AuthMode.LENIENT, new ControlPlaneProperties(true, ""), EmulatorClock.system(),
				new MockEnvironment().withProperty("management.endpoints.web.exposure.include", "health,prometheus"));

		assertThat(banner.summary(8080, DEMO)).isEqualTo("taurusdb-htap-mock development ready on port 8080"
				+ " | auth: lenient | persistence: off (state is in memory)"
				+ " | topology: 1 project, 1 StarRocks instance, 1 TaurusDB instance"
				+ " | control plane: on at /_emulator, no token | clock: system | log: text"
				+ " | metrics: /actuator/prometheus");
		assertThat(banner.tryIt("http://localhost:8080", DEMO))
			.isEqualTo("Try it: curl -s -H 'X-Auth-Token: demo' " + URL);
	}

	@Test
	void secretsAreNeverPrintedOnlyWhetherTheyAreSet() {
		StartupBanner banner = new StartupBanner(
				new AuthProperties(AuthMode.STRICT, Duration.ofMinutes(15),
						List.of(new AuthProperties.AccessKey("AK-SHOWN", "sk-secret", List.of())),
						List.of(new AuthProperties.Token("token-secret", List.of()))),
				new ControlPlaneProperties(true, "control-plane-secret"),
				new PersistenceProperties(Path.of("/var/lib/emulator"), 10000), null,
				EmulatorClock.manual(Instant.parse("2026-11-21T22:50:47Z")),
				new MockEnvironment().withProperty("logging.structured.format.console", "ecs"));

		String summary = banner.summary(9090, DEMO);
		String tryIt = banner.tryIt("http://localhost:9090", DEMO);

		assertThat(summary)
			.contains("auth: strict", "persistence: on in /var/lib/emulator",
					"control plane: on at /_emulator, token required", "clock: manual", "log: ecs")
			.doesNotContain("metrics:");
		assertThat(tryIt).startsWith("Try it: curl -s -H 'X-Auth-Token: <a token of emulator.auth.tokens>' ");
		assertThat(summary + tryIt).doesNotContain("sk-secret", "token-secret", "control-plane-secret");
	}

	@Test
	void withoutCredentialsTheCurlNeedsNoHeader() {
		StartupBanner banner = banner(AuthMode.OFF, new ControlPlaneProperties(false, ""), EmulatorClock.system(),
				new MockEnvironment());

		assertThat(banner.summary(8080, DEMO)).contains("control plane: off");
		assertThat(banner.tryIt("http://localhost:8080", DEMO)).isEqualTo("Try it: curl -s " + URL);
	}

	@Test
	void withoutAStarRocksInstanceItSaysHowToAddOne() {
		StartupBanner banner = banner(AuthMode.LENIENT, new ControlPlaneProperties(true, ""), EmulatorClock.system(),
				new MockEnvironment());

		assertThat(banner.summary(8080, List.of()))
			.contains("topology: 0 projects, 0 StarRocks instances, 0 TaurusDB instances");
		assertThat(banner.tryIt("http://localhost:8080", List.of())).isEqualTo(
				"Try it: no StarRocks instance is seeded; add one with POST http://localhost:8080/_emulator/topology"
						+ " (see docs/control-plane.md)");
	}

	@Test
	void aStandaloneStartGivesTheSummaryAndTheCurl() {
		StartupBanner banner = banner(AuthMode.LENIENT, new ControlPlaneProperties(true, ""), EmulatorClock.system(),
				new MockEnvironment());

		assertThat(banner.lines(8080, DEMO)).containsExactly(banner.summary(8080, DEMO),
				"Try it: curl -s -H 'X-Auth-Token: demo' " + URL);
	}

	@Test
	void withoutStartupInfoOnlyTheSummary() {
		StartupBanner banner = banner(AuthMode.LENIENT, new ControlPlaneProperties(true, ""), EmulatorClock.system(),
				new MockEnvironment().withProperty(StartupBanner.LOG_STARTUP_INFO, "false"));

		assertThat(banner.lines(8080, DEMO)).containsExactly(banner.summary(8080, DEMO));
	}

	/**
	 * The emulator a test starts in-process (the test kit's embedded start), as a user's
	 * test sees it on the console: one line with the port, no curl, no
	 * "Starting"/"Started" lines of Spring Boot's.
	 */
	@Test
	void anEmulatorStartedInATestSaysWhereItListensAndNoMore(CapturedOutput output) {
		int port;
		try (EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of())) {
			port = emulator.port();
		}

		List<String> startupLines = output.getOut().lines().filter((line) -> line.contains("StartupBanner")).toList();
		assertThat(startupLines).singleElement()
			.asString()
			.contains("taurusdb-htap-mock ", " ready on port " + port + " | auth: lenient | ");
		// Spring Boot names the JVM's main class in its lines: here the test runner's
		assertThat(output.getAll()).doesNotContain("Try it:", "No active profile set")
			.doesNotContainPattern("Started \\S+ in [0-9.]+ seconds");
	}

	private static StartupBanner banner(AuthMode mode, ControlPlaneProperties controlPlane, EmulatorClock clock,
			MockEnvironment environment) {
		return new StartupBanner(new AuthProperties(mode, Duration.ofMinutes(15), List.of(), List.of()), controlPlane,
				new PersistenceProperties(null, 10000), null, clock, environment);
	}

}
