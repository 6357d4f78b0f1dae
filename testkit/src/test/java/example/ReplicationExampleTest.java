package example;

import java.time.Duration;
import java.util.List;

import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.GetJobInfoDetail;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.PauseStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.PauseStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowGaussMySqlJobInfoRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksReplicationInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.ImportedState;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulatorTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What a user's test looks like: the extension and the official SDK, nothing of Spring.
 * Outside the emulator's packages on purpose; docs/junit.md quotes it. The clock is
 * manual, so jobs (2 s) and the full synchronization (5 s) take exactly as long as the
 * test says.
 */
// tag::annotation[]
@TaurusHtapEmulatorTest(manualClock = true)
class ReplicationExampleTest {

	private static final String INSTANCE = TaurusHtapEmulator.DEMO_STARROCKS_INSTANCE_ID;

	private TaurusHtapEmulator emulator; // injected, and reset, before each test

	private GaussDBClient client;

	@BeforeEach
	void connect() {
		this.client = this.emulator.gaussDbClient();
	}
	// end::annotation[]

	@Test
	void createCompleteAndPauseATask() {
		// tag::jobs[]
		String jobId = this.client
			.createStarRocksDataReplication(new CreateStarRocksDataReplicationRequest().withInstanceId(INSTANCE)
				.withXLanguage("en-us")
				.withBody(new CreateStarRocksDataReplication()
					.withSourceInstanceId(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID)
					.withSourceDatabase("src_db")
					.withTargetDatabase("tgt_db")
					.withTaskName("task_demo")))
			.getJobId();
		assertEquals(GetJobInfoDetail.StatusEnum.RUNNING, job(jobId).getStatus());

		this.emulator.completeJob(jobId); // no waiting for the job's 2 s
		assertEquals(GetJobInfoDetail.StatusEnum.COMPLETED, job(jobId).getStatus());
		assertEquals("Full", task("task_demo").getStage().getValue());

		// the full synchronization's 5 s
		this.emulator.advanceClock(Duration.ofSeconds(5));
		assertEquals("Incremental", task("task_demo").getStage().getValue());
		// end::jobs[]

		this.client.pauseStarRocksDataReplication(new PauseStarRocksDataReplicationRequest().withInstanceId(INSTANCE)
			.withXLanguage("en-us")
			.withBody(new PauseStarRocksDataReplication().withTaskName("task_demo")));
		assertEquals(1, this.emulator.completeRunningJobs().size());
		assertEquals("Paused", task("task_demo").getStage().getValue());
	}

	/** The task of the test above is gone: each test starts from the demo topology. */
	@Test
	void eachTestStartsAfresh() {
		assertEquals("0", list().getTotalCount());
	}

	@Test
	void aFaultRuleMakesTheSdkFailAndTheJournalShowsIt() {
		// tag::fault[]
		this.emulator.addFault(
				Fault.on("ListStarRocksDataReplications").error(503, "DBS.05000000", "Injected by the test.").times(1));

		ServerResponseException error = assertThrows(ServerResponseException.class, this::list);
		assertEquals(503, error.getHttpStatusCode());
		assertEquals("DBS.05000000", error.getErrorCode());
		assertEquals("0", list().getTotalCount()); // the rule fired once only

		// newest first
		List<JournalEntry> calls = this.emulator.journal("ListStarRocksDataReplications");
		assertEquals(List.of(200, 503), calls.stream().map(JournalEntry::status).toList());
		assertEquals("GET", calls.get(1).method());
		// end::fault[]
	}

	@Test
	void aFailedJobStopsItsTask(TaurusHtapEmulator emulator) {
		String jobId = create("task_sales", "sales", "sales_ap");

		emulator.failJob(jobId, "binlog purged");

		assertEquals("binlog purged", job(jobId).getFailReason());
		assertEquals("No", task("task_sales").getStatus().getValue());
	}

	@Test
	void aDatabaseAddedToTheTopologyCanBeReplicated() {
		// tag::topology[]
		this.emulator.addTopology(
				"""
						{"projects": [{"id": "0123456789abcdef0123456789abcdef",
						  "taurus_instances": [{"id": "1111aaaa2222bbbb3333cccc4444ddddin07",
						    "databases": [{"name": "crm", "tables": [{"name": "leads", "columns": ["id", "owner", "score"]}]}]}]}]}
						""");
		// end::topology[]
		String jobId = create("task_crm", "crm", "crm_ap");
		this.emulator.completeJob(jobId);
		assertEquals("crm", task("task_crm").getSourceDatabase());
	}

	@Test
	void aSavedStateLoadsBackAfterAReset() {
		this.emulator.completeJob(create("task_demo", "src_db", "tgt_db"));
		// tag::state[]
		String saved = this.emulator.exportState(); // every task and job, as JSON text
		this.emulator.reset();
		assertEquals("0", list().getTotalCount());

		ImportedState loaded = this.emulator.importState(saved);
		assertEquals(1, loaded.tasks());
		assertEquals("Full", task("task_demo").getStage().getValue());
		// end::state[]
	}

	/** Creates a task on the demo instance; returns its job's id. */
	private String create(String taskName, String sourceDatabase, String targetDatabase) {
		return this.client
			.createStarRocksDataReplication(new CreateStarRocksDataReplicationRequest().withInstanceId(INSTANCE)
				.withXLanguage("en-us")
				.withBody(new CreateStarRocksDataReplication()
					.withSourceInstanceId(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID)
					.withSourceDatabase(sourceDatabase)
					.withTargetDatabase(targetDatabase)
					.withTaskName(taskName)))
			.getJobId();
	}

	private GetJobInfoDetail job(String jobId) {
		return this.client.showGaussMySqlJobInfo(new ShowGaussMySqlJobInfoRequest().withId(jobId)).getJob();
	}

	private ListStarRocksDataReplicationsResponse list() {
		return this.client.listStarRocksDataReplications(
				new ListStarRocksDataReplicationsRequest().withInstanceId(INSTANCE).withXLanguage("en-us"));
	}

	private StarRocksReplicationInfo task(String name) {
		return list().getReplications()
			.stream()
			.filter((task) -> task.getTaskName().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
