package io.github.taurusdbhtapmock.junit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;
import io.github.taurusdbhtapmock.admin.api.JournalListing;
import io.github.taurusdbhtapmock.admin.api.ResetResult;
import io.github.taurusdbhtapmock.admin.api.Topology;

/**
 * An emulator running in this JVM: where it listens, a client for it, and its control
 * plane, the published {@link EmulatorAdmin} contract (each method the same as the
 * {@code /_emulator} endpoint it names, see docs/control-plane.md), with a few shortcuts
 * of its own. The JUnit extension injects one; {@link #start()} runs one anywhere else,
 * e.g. from a {@code main} or another test framework.
 *
 * <p>
 * A control-plane call the emulator refuses throws {@link AdminException} with the error
 * the endpoint would answer. The handle is thread-safe, like the emulator.
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

	private final EmbeddedServer server;

	private final EmulatorAdmin admin;

	/** False for the extension's emulators: the extension decides when they stop. */
	private final boolean closeable;

	TaurusHtapEmulator(EmbeddedServer server, boolean closeable) {
		this.server = server;
		this.admin = server.admin();
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
		EmulatorOptions options = new EmulatorOptions(port, properties, false, false);
		return new TaurusHtapEmulator(EmbeddedServer.start(options.port(), options.properties()), true);
	}

	/** e.g. {@code http://localhost:41234}, without a trailing slash. */
	public String baseUrl() {
		return "http://localhost:" + port();
	}

	public int port() {
		return this.server.port();
	}

	/**
	 * The official SDK's client builder, pointed at this emulator and signing with the
	 * demo key for {@link #DEMO_PROJECT_ID}; change what you need (credentials, HTTP
	 * configuration) before {@code build()}. Needs
	 * {@code com.huaweicloud.sdk:huaweicloud-sdk-gaussdb} on the test classpath, and only
	 * this method does.
	 */
	public ClientBuilder<GaussDBClient> gaussDbClientBuilder() {
		try {
			return GaussDbClients.builder(baseUrl());
		}
		catch (NoClassDefFoundError ex) {
			throw new IllegalStateException("gaussDbClientBuilder() needs the official SDK on the test classpath: "
					+ "add com.huaweicloud.sdk:huaweicloud-sdk-gaussdb (scope test)", ex);
		}
	}

	/** {@code gaussDbClientBuilder().build()}: a new client each call. */
	public GaussDBClient gaussDbClient() {
		return gaussDbClientBuilder().build();
	}

	@Override
	public EmulatorInfo info() {
		return this.admin.info();
	}

	/**
	 * {@code POST /_emulator/reset}: the seeded topology, no tasks, no jobs, no journal,
	 * no fault rules.
	 */
	@Override
	public ResetResult reset() {
		return this.admin.reset();
	}

	/**
	 * {@code POST /_emulator/reset?project_id=}: only this tenant's topology, tasks and
	 * jobs.
	 */
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

	/**
	 * {@code POST /_emulator/topology} with its JSON body, {@code {"projects": [...]}}:
	 * adds projects, instances, read replicas, databases and tables. Returns the whole
	 * topology after the addition.
	 */
	@Override
	public Topology addTopology(String json) {
		return this.admin.addTopology(json);
	}

	/** {@code POST /_emulator/topology} with these projects. */
	public Topology addTopology(Topology.Project... projects) {
		return addTopology(new Topology(List.of(projects)));
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

	/**
	 * {@code GET /_emulator/requests}: every exchange the journal holds, newest first.
	 */
	public List<JournalEntry> journal() {
		return journal(JournalFilter.ALL).requests();
	}

	/**
	 * {@code GET /_emulator/requests?operation=}: the exchanges of one SDK operation,
	 * newest first.
	 */
	public List<JournalEntry> journal(String operation) {
		return journal(JournalFilter.ALL.withOperation(operation)).requests();
	}

	/** The exchanges that pass {@code filter}, newest first. */
	public List<JournalEntry> journal(Predicate<JournalEntry> filter) {
		return journal().stream().filter(filter).toList();
	}

	@Override
	public int clearJournal() {
		return this.admin.clearJournal();
	}

	@Override
	public FaultRule addFault(FaultDefinition rule) {
		return this.admin.addFault(rule);
	}

	/** {@code POST /_emulator/faults}: the rule as listed, with its id. */
	public FaultRule addFault(Fault fault) {
		return addFault(fault.definition());
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

	/** The emulator's time ({@code GET /_emulator/clock}). */
	public Instant now() {
		return clock().instant();
	}

	public boolean isManualClock() {
		return clock().manual();
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

	@Override
	public String toString() {
		return "TaurusHtapEmulator[" + baseUrl() + "]";
	}

}
