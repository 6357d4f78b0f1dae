package io.github.taurusdbhtapmock.junit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;

import io.github.taurusdbhtapmock.admin.EmulatorControl;
import io.github.taurusdbhtapmock.admin.EmulatorControlException;
import io.github.taurusdbhtapmock.admin.fault.FaultRuleView;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.service.job.wire.JobResponse;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.ProjectSeed;

/**
 * An emulator running in this JVM: where it listens, a client for it, and its control
 * plane as Java methods (each the same as the {@code /_emulator} endpoint it names, see
 * docs/control-plane.md). The JUnit extension injects one; {@link #start()} runs one
 * anywhere else, e.g. from a {@code main} or another test framework.
 *
 * <p>
 * A control-plane call the emulator refuses throws {@link EmulatorControlException} with
 * the error the endpoint would answer. The handle is thread-safe, like the emulator.
 */
public final class TaurusHtapEmulator implements AutoCloseable {

	/** The demo topology's tenant project: what {@link #gaussDbClient()} signs for. */
	public static final String DEMO_PROJECT_ID = "0123456789abcdef0123456789abcdef";

	/** The demo StarRocks instance, attached to {@link #DEMO_TAURUS_INSTANCE_ID}. */
	public static final String DEMO_STARROCKS_INSTANCE_ID = "aaaabbbbccccddddeeeeffff00001111in17";

	/**
	 * The demo TaurusDB source instance, with databases {@code src_db} and {@code sales}.
	 */
	public static final String DEMO_TAURUS_INSTANCE_ID = "1111aaaa2222bbbb3333cccc4444ddddin07";

	/** The read replica of {@link #DEMO_TAURUS_INSTANCE_ID}. */
	public static final String DEMO_READ_REPLICA_ID = "5555eeee6666ffff7777gggg8888hhhhno07";

	/** The demo access key, accepted in every authentication mode. */
	public static final String DEMO_ACCESS_KEY = "TESTAK0123456789ABCD";

	public static final String DEMO_SECRET_KEY = "TESTSK0123456789abcdefghijklmnopqrstuvwx";

	private final EmbeddedServer server;

	private final EmulatorControl control;

	/** False for the extension's emulators: the extension decides when they stop. */
	private final boolean closeable;

	TaurusHtapEmulator(EmbeddedServer server, boolean closeable) {
		this.server = server;
		this.control = server.control();
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

	/**
	 * {@code POST /_emulator/reset}: the seeded topology, no tasks, no jobs, no journal,
	 * no fault rules.
	 */
	public void reset() {
		this.control.reset();
	}

	/**
	 * {@code POST /_emulator/reset?project_id=}: only this tenant's topology, tasks and
	 * jobs.
	 */
	public void reset(String projectId) {
		this.control.reset(projectId);
	}

	/** {@code GET /_emulator/topology}. */
	public TopologyProperties topology() {
		return this.control.topology();
	}

	/**
	 * {@code POST /_emulator/topology} with its JSON body, {@code {"projects": [...]}}:
	 * adds projects, instances, read replicas, databases and tables. Returns the whole
	 * topology after the addition.
	 */
	public TopologyProperties addTopology(String json) {
		return this.control.addTopology(json);
	}

	/** {@code POST /_emulator/topology} with the seed records. */
	public TopologyProperties addTopology(ProjectSeed... projects) {
		return this.control.addTopology(List.of(projects));
	}

	/** {@code POST /_emulator/faults}: the rule as listed, with its id. */
	public FaultRuleView addFault(Fault fault) {
		return this.control.addFault(fault.fields());
	}

	/** {@code POST /_emulator/faults} with its JSON body. */
	public FaultRuleView addFault(String json) {
		return this.control.addFault(json);
	}

	/**
	 * {@code GET /_emulator/faults}: every rule with its counters, in the order they are
	 * tried.
	 */
	public List<FaultRuleView> faults() {
		return this.control.faults();
	}

	/** {@code GET /_emulator/faults/{id}}. */
	public FaultRuleView fault(String id) {
		return this.control.fault(id);
	}

	/** {@code DELETE /_emulator/faults/{id}}: the rule as it was. */
	public FaultRuleView removeFault(String id) {
		return this.control.removeFault(id);
	}

	/** {@code DELETE /_emulator/faults}: how many rules there were. */
	public int clearFaults() {
		return this.control.clearFaults();
	}

	/**
	 * {@code GET /_emulator/requests}: every exchange the journal holds, newest first.
	 */
	public List<JournalEntry> journal() {
		return this.control.journal((entry) -> true);
	}

	/**
	 * {@code GET /_emulator/requests?operation=}: the exchanges of one SDK operation,
	 * newest first.
	 */
	public List<JournalEntry> journal(String operation) {
		return this.control.journal((entry) -> operation.equals(entry.operation()));
	}

	/** The exchanges that pass {@code filter}, newest first. */
	public List<JournalEntry> journal(Predicate<JournalEntry> filter) {
		return this.control.journal(filter);
	}

	/** {@code DELETE /_emulator/requests}: how many entries there were. */
	public int clearJournal() {
		return this.control.clearJournal();
	}

	/**
	 * {@code POST /_emulator/jobs/{id}/complete}: the job ends now and its task takes the
	 * change.
	 */
	public JobResponse.JobInfo completeJob(String jobId) {
		return this.control.completeJob(jobId);
	}

	/**
	 * {@code POST /_emulator/jobs/{id}/fail}: the job fails now for this reason; its task
	 * never takes the change.
	 */
	public JobResponse.JobInfo failJob(String jobId, String failReason) {
		return this.control.failJob(jobId, failReason);
	}

	/** Completes every running job, oldest first, and returns them as they ended. */
	public List<JobResponse.JobInfo> completeRunningJobs() {
		return this.control.completeRunningJobs();
	}

	/**
	 * {@code POST /_emulator/clock/advance}: the emulator's new time. Needs a manual
	 * clock.
	 */
	public Instant advanceClock(Duration duration) {
		return this.control.advanceClock(duration);
	}

	/** The emulator's time ({@code GET /_emulator/clock}). */
	public Instant now() {
		return this.control.now();
	}

	public boolean isManualClock() {
		return this.control.manualClock();
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
