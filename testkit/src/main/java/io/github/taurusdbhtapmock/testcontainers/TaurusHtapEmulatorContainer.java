package io.github.taurusdbhtapmock.testcontainers;

import java.time.Duration;
import java.util.Locale;

import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import io.github.taurusdbhtapmock.client.EmulatorAdminClient;
import io.github.taurusdbhtapmock.client.GaussDbClients;

/**
 * The emulator's image as a Testcontainers container: started, it is ready (its readiness
 * endpoint answered 200), and hands out where it listens ({@link #baseUrl()}), its
 * control plane as a Java client ({@link #admin()}) and an official SDK client
 * ({@link #gaussDbClient()}). Needs {@code org.testcontainers:testcontainers} (1.21 or
 * 2.0) on the test classpath, and the SDK for the client methods only.
 *
 * <pre>{@code
 * &#64;Container
 * static TaurusHtapEmulatorContainer emulator = new TaurusHtapEmulatorContainer("taurusdb-htap-mock:latest")
 * 	.withProperty("emulator.jobs.duration", "0s");
 * }</pre>
 */
public class TaurusHtapEmulatorContainer extends GenericContainer<TaurusHtapEmulatorContainer> {

	/** The port the emulator listens on inside the container. */
	public static final int PORT = 8080;

	private static final String CONTROL_PLANE_TOKEN = "emulator.control-plane.token";

	private String controlPlaneToken;

	/** The image by name, e.g. {@code taurusdb-htap-mock:latest}. */
	public TaurusHtapEmulatorContainer(String image) {
		this(DockerImageName.parse(image));
	}

	public TaurusHtapEmulatorContainer(DockerImageName image) {
		super(image);
		withExposedPorts(PORT);
		waitingFor(Wait.forHttp("/actuator/health/readiness")
			.forPort(PORT)
			.forStatusCode(200)
			.withStartupTimeout(Duration.ofMinutes(2)));
	}

	/**
	 * One of the emulator's settings (docs/configuration.md), e.g.
	 * {@code emulator.jobs.duration=0s}, passed as the environment variable Spring Boot
	 * binds it from ({@code EMULATOR_JOBS_DURATION}). A control-plane token set this way
	 * is sent by {@link #admin()}.
	 */
	public TaurusHtapEmulatorContainer withProperty(String key, String value) {
		if (CONTROL_PLANE_TOKEN.equals(key)) {
			this.controlPlaneToken = value;
		}
		return withEnv(environmentVariable(key), value);
	}

	/**
	 * Spring Boot's rule for binding a property from the environment: dots become
	 * underscores, dashes go, letters are upper case
	 * ({@code emulator.control-plane.token} is {@code EMULATOR_CONTROLPLANE_TOKEN}).
	 */
	static String environmentVariable(String key) {
		return key.replace('.', '_').replace("-", "").replace('[', '_').replace("]", "").toUpperCase(Locale.ROOT);
	}

	/** e.g. {@code http://localhost:32768}: the emulator as seen from the test. */
	public String baseUrl() {
		return "http://" + getHost() + ":" + getMappedPort(PORT);
	}

	/** The control plane of the running container, as a Java client. */
	public EmulatorAdminClient admin() {
		EmulatorAdminClient admin = EmulatorAdminClient.connect(baseUrl());
		return (this.controlPlaneToken != null) ? admin.withToken(this.controlPlaneToken) : admin;
	}

	/**
	 * The official SDK's client builder, pointed at the container and signing with the
	 * demo key for the demo project; needs
	 * {@code com.huaweicloud.sdk:huaweicloud-sdk-gaussdb}.
	 */
	public ClientBuilder<GaussDBClient> gaussDbClientBuilder() {
		return GaussDbClients.builder(baseUrl());
	}

	/** {@code gaussDbClientBuilder().build()}: a new client each call. */
	public GaussDBClient gaussDbClient() {
		return gaussDbClientBuilder().build();
	}

}
