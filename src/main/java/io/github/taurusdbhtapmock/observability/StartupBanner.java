package io.github.taurusdbhtapmock.observability;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.gateway.auth.AuthMode;
import io.github.taurusdbhtapmock.gateway.auth.AuthProperties;
import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;
import io.github.taurusdbhtapmock.platform.persistence.PersistenceProperties;
import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.ProjectSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;

/**
 * Two lines once the emulator answers: what runs and how it is set up, then a curl to
 * paste. Logged when the application is ready, not in Spring's banner, so it carries the
 * port actually bound (with server.port=0 too) and goes through the configured log
 * format. It names settings, never their secrets: no token, key or secret appears, only
 * whether one is configured. With {@value #LOG_STARTUP_INFO}=false, as the emulator a
 * JUnit test starts in-process has it, only the first line: that test has its client
 * already, and a curl per start would be noise in every test run.
 */
@Component
class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {

	/** Spring Boot's own switch for its "Starting ..." and "Started ... in" lines. */
	static final String LOG_STARTUP_INFO = "spring.main.log-startup-info";

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final AuthProperties auth;

	private final ControlPlaneProperties controlPlane;

	private final PersistenceProperties persistence;

	private final TopologyRepository topology;

	private final EmulatorClock clock;

	private final Environment environment;

	StartupBanner(AuthProperties auth, ControlPlaneProperties controlPlane, PersistenceProperties persistence,
			TopologyRepository topology, EmulatorClock clock, Environment environment) {
		this.auth = auth;
		this.controlPlane = controlPlane;
		this.persistence = persistence;
		this.topology = topology;
		this.clock = clock;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext context)
				|| context.getWebServer() == null) {
			return;
		}
		WebServer server = context.getWebServer();
		lines(server.getPort(), this.topology.export()).forEach(log::info);
	}

	List<String> lines(int port, List<ProjectSeed> projects) {
		String summary = summary(port, projects);
		if (!this.environment.getProperty(LOG_STARTUP_INFO, Boolean.class, true)) {
			return List.of(summary);
		}
		return List.of(summary, tryIt(baseUrl(port), projects));
	}

	String summary(int port, List<ProjectSeed> projects) {
		String version = TaurusHtapEmulatorApplication.class.getPackage().getImplementationVersion();
		int starRocks = projects.stream().mapToInt((project) -> project.starrocksInstances().size()).sum();
		int taurus = projects.stream().mapToInt((project) -> project.taurusInstances().size()).sum();
		String logFormat = this.environment.getProperty(LogFormatEnvironmentPostProcessor.SPRING_CONSOLE_FORMAT);
		StringBuilder line = new StringBuilder(256);
		line.append(this.environment.getProperty("spring.application.name", "taurusdb-htap-mock"))
			.append(' ')
			.append((version != null) ? version : "development")
			.append(" ready on port ")
			.append(port);
		line.append(" | auth: ").append(lower(this.auth.mode()));
		line.append(" | persistence: ")
			.append(this.persistence.enabled() ? "on in " + this.persistence.dataDir().toAbsolutePath()
					: "off (state is in memory)");
		line.append(" | topology: ")
			.append(count(projects.size(), "project"))
			.append(", ")
			.append(count(starRocks, "StarRocks instance"))
			.append(", ")
			.append(count(taurus, "TaurusDB instance"));
		line.append(" | control plane: ");
		if (this.controlPlane.enabled()) {
			line.append("on at ")
				.append(ControlPlaneProperties.PATH_PREFIX)
				.append(this.controlPlane.requiresToken() ? ", token required" : ", no token");
		}
		else {
			line.append("off");
		}
		line.append(" | clock: ").append(this.clock.isManual() ? "manual" : "system");
		line.append(" | log: ").append(StringUtils.hasText(logFormat) ? logFormat : "text");
		if (prometheusExposed()) {
			line.append(" | metrics: ")
				.append(this.environment.getProperty("management.endpoints.web.base-path", "/actuator"))
				.append("/prometheus");
		}
		return line.toString();
	}

	/**
	 * ListStarRocksDataReplications on the first seeded StarRocks instance, with the
	 * credentials the auth mode accepts; a configured token is never printed, only where
	 * to put one.
	 */
	String tryIt(String baseUrl, List<ProjectSeed> projects) {
		ProjectSeed project = projects.stream()
			.filter((seed) -> !seed.starrocksInstances().isEmpty())
			.findFirst()
			.orElse(null);
		if (project == null) {
			return "Try it: no StarRocks instance is seeded; add one with POST " + baseUrl
					+ ControlPlaneProperties.PATH_PREFIX + "/topology (see docs/control-plane.md)";
		}
		String url = baseUrl + "/v3/" + project.id() + "/instances/" + project.starrocksInstances().get(0).id()
				+ "/starrocks/databases/replication";
		if (this.auth.mode() == AuthMode.OFF) {
			return "Try it: curl -s " + url;
		}
		if (this.auth.mode() == AuthMode.LENIENT) {
			return "Try it: curl -s -H 'X-Auth-Token: demo' " + url;
		}
		return "Try it: curl -s -H 'X-Auth-Token: <a token of emulator.auth.tokens>' " + url
				+ "  (strict auth: or sign with an access key, see docs/authentication.md)";
	}

	private String baseUrl(int port) {
		String address = this.environment.getProperty("server.address");
		String host = (!StringUtils.hasText(address) || "0.0.0.0".equals(address) || "::".equals(address)) ? "localhost"
				: (address.contains(":") ? "[" + address + "]" : address);
		return "http://" + host + ":" + port + this.environment.getProperty("server.servlet.context-path", "");
	}

	/**
	 * Bound, not read as text: the setting may be a YAML list as well as a
	 * comma-separated string.
	 */
	private boolean prometheusExposed() {
		Set<String> exposed = Binder.get(this.environment)
			.bind("management.endpoints.web.exposure.include", Bindable.setOf(String.class))
			.orElse(Set.of());
		return exposed.contains("prometheus") || exposed.contains("*");
	}

	private static String count(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
