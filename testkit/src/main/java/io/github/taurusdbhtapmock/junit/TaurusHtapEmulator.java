package io.github.taurusdbhtapmock.junit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;

import io.github.taurusdbhtapmock.admin.api.AdminException;
import io.github.taurusdbhtapmock.admin.api.ClockState;
import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;
import io.github.taurusdbhtapmock.admin.api.EmulatorInfo;
import io.github.taurusdbhtapmock.admin.api.FaultDefinition;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.ImportedState;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;
import io.github.taurusdbhtapmock.admin.api.JournalListing;
import io.github.taurusdbhtapmock.admin.api.ResetResult;
import io.github.taurusdbhtapmock.admin.api.Topology;
import io.github.taurusdbhtapmock.client.EmulatorAdminClient;
import io.github.taurusdbhtapmock.client.GaussDbClients;

/**
 * An emulator running in this JVM, in a class loader of its own: where it listens, a
 * client for it, and its control plane, the published {@link EmulatorAdmin} contract
 * (each method the same as the {@code /_emulator} endpoint it names, see
 * docs/control-plane.md), spoken over HTTP by an {@link EmulatorAdminClient}. The JUnit
 * extension injects one; {@link #start()} runs one anywhere else, e.g. from a
 * {@code main} or another test framework.
 *
 * <p>
 * A control-plane call the emulator refuses throws {@link AdminException} with the error
 * the endpoint answers. The handle is thread-safe, like the emulator.
 */
public final class TaurusHtapEmulator implements EmulatorAdmin, AutoCloseable {

	/** The demo topology's tenant project: what {@link #gaussDbClient()} signs for. */
	public static final String DEMO_PROJECT_ID = DemoTopology.PROJECT_ID;

	/** The demo StarRocks instance, attached to {@link #DEMO_TAURUS_INSTANCE_ID}. */
	public static final String DEMO_STARROCKS_INSTANCE_ID = DemoTopology.STARROCKS_INSTANCE_ID;

	/**
	 * The demo TaurusDB source instance, with databases {@code src_db} and {@code sales}.
	 */
	public static final String DEMO_TAURUS_INSTANCE_ID = DemoTopology.TAURUS_INSTANCE_ID;

	/** The read replica of {@link #DEMO_TAURUS_INSTANCE_ID}. */
	public static final String DEMO_READ_REPLICA_ID = DemoTopology.READ_REPLICA_ID;

	/** The demo access key, accepted in every authentication mode. */
	public static final String DEMO_ACCESS_KEY = DemoTopology.ACCESS_KEY;

	public static final String DEMO_SECRET_KEY = DemoTopology.SECRET_KEY;

	private static final String CONTROL_PLANE_TOKEN = "emulator.control-plane.token";

	private final EmulatorRuntime.Server server;

	private final EmulatorAdminClient admin;

	/** False for the extension's emulators: the extension decides when they stop. */
	private final boolean closeable;

	private TaurusHtapEmulator(EmulatorRuntime.Server server, EmulatorAdminClient admin, boolean closeable) {
		this.server = server;
		this.admin = admin;
		this.closeable = closeable;
	}

	/** Starts an emulator with its defaults on a free port; {@link #close()} stops it. */
	public static TaurusHtapEmulator start() {
		return start(0, Map.of());
	}

	/**
	 * Starts an emulator on {@code port} (0: a free one) with these settings of the
	 * emulator's, e.g. {@code emulator.jobs.duration=0s} or
	 * {@code emulator.clock.mode=manual} (docs/configuration.md). The test JVM's system
	 * properties and environment variables do not reach it.
	 */
	public static TaurusHtapEmulator start(int port, Map<String, String> properties) {
		return start(new EmulatorOptions(port, properties, false, false), true);
	}

	static TaurusHtapEmulator start(EmulatorOptions options, boolean closeable) {
		Map<String, String> settings = new TreeMap<>(options.properties());
		settings.put("server.port", String.valueOf(options.port()));
		EmulatorRuntime.Server server = EmulatorRuntime.get().start(settings);
		EmulatorAdminClient admin = EmulatorAdminClient.connect("http://localhost:" + server.port());
		String token = options.properties().get(CONTROL_PLANE_TOKEN);
		return new TaurusHtapEmulator(server, (token != null) ? admin.withToken(token) : admin, closeable);
	}

	/** e.g. {@code http://localhost:41234}, without a trailing slash. */
	public String baseUrl() {
		return this.admin.baseUrl();
	}

	public int port() {
		return this.server.port();
	}

	/**
	 * The control plane as a client of its own, the same calls as this handle's: for code
	 * that takes an {@link EmulatorAdmin} whichever emulator it talks to.
	 */
	public EmulatorAdminClient admin() {
		return this.admin;
	}

	/**
	 * The official SDK's client builder, pointed at this emulator and signing with the
	 * demo key for {@link #DEMO_PROJECT_ID}; change what you need (credentials, HTTP
	 * configuration) before {@code build()}. Needs
	 * {@code com.huaweicloud.sdk:huaweicloud-sdk-gaussdb} on the test classpath, and only
	 * this method does.
	 */
	public ClientBuilder<GaussDBClient> gaussDbClientBuilder() {
		return GaussDbClients.builder(baseUrl());
	}

	/** {@code gaussDbClientBuilder().build()}: a new client each call. */
	public GaussDBClient gaussDbClient() {
		return gaussDbClientBuilder().build();
	}

	@Override
	public EmulatorInfo info() {
		return this.admin.info();
	}

	@Override
	public ResetResult reset() {
		return this.admin.reset();
	}

	@Override
	public ResetResult reset(String projectId) {
		return this.admin.reset(projectId);
	}

	@Override
	public Topology topology() {
		return this.admin.topology();
	}

	@Override
	public Topology addTopology(Topology additions) {
		return this.admin.addTopology(additions);
	}

	@Override
	public Topology addTopology(String json) {
		return this.admin.addTopology(json);
	}

	@Override
	public String exportState() {
		return this.admin.exportState();
	}

	@Override
	public ImportedState importState(String json) {
		return this.admin.importState(json);
	}

	@Override
	public JournalListing journal(JournalFilter filter) {
		return this.admin.journal(filter);
	}

	@Override
	public int clearJournal() {
		return this.admin.clearJournal();
	}

	@Override
	public FaultRule addFault(FaultDefinition rule) {
		return this.admin.addFault(rule);
	}

	@Override
	public FaultRule addFault(String json) {
		return this.admin.addFault(json);
	}

	@Override
	public List<FaultRule> faults() {
		return this.admin.faults();
	}

	@Override
	public FaultRule fault(String id) {
		return this.admin.fault(id);
	}

	@Override
	public FaultRule removeFault(String id) {
		return this.admin.removeFault(id);
	}

	@Override
	public int clearFaults() {
		return this.admin.clearFaults();
	}

	@Override
	public JobDetail completeJob(String jobId) {
		return this.admin.completeJob(jobId);
	}

	@Override
	public JobDetail failJob(String jobId, String failReason) {
		return this.admin.failJob(jobId, failReason);
	}

	@Override
	public List<JobDetail> completeRunningJobs() {
		return this.admin.completeRunningJobs();
	}

	@Override
	public ClockState clock() {
		return this.admin.clock();
	}

	@Override
	public ClockState advanceClock(Duration duration) {
		return this.admin.advanceClock(duration);
	}

	public boolean isRunning() {
		return this.server.isRunning();
	}

	/**
	 * Stops an emulator from {@link #start()}. One the extension injected is the
	 * extension's to stop (it may be shared with other test classes), so closing it is
	 * refused.
	 */
	@Override
	public void close() {
		if (!this.closeable) {
			throw new IllegalStateException(
					"this emulator belongs to TaurusHtapEmulatorExtension, which stops it after its tests");
		}
		this.server.close();
	}

	/** For the extension, which owns the emulators it starts. */
	void stop() {
		this.server.close();
	}

	@Override
	public String toString() {
		return "TaurusHtapEmulator[" + baseUrl() + "]";
	}

}
