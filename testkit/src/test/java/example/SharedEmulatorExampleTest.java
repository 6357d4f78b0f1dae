package example;

import java.util.List;

import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.GetJobInfoDetail;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowGaussMySqlJobInfoRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;
import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.client.EmulatorAdminClient;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulatorExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extension registered in code: one emulator for every class of the run that asks for
 * the same settings, with jobs that complete at once. docs/junit.md quotes it.
 */
class SharedEmulatorExampleTest {

	// tag::register[]
	@RegisterExtension
	static final TaurusHtapEmulatorExtension EMULATOR = TaurusHtapEmulatorExtension.builder()
		.shared(true) // one emulator for the whole run; still reset before each test
		.property("emulator.jobs.duration", "0s") // jobs complete at once
		.build();

	// end::register[]

	@Test
	void jobsCompleteAtOnce() {
		TaurusHtapEmulator emulator = EMULATOR.emulator();
		GaussDBClient client = emulator.gaussDbClient();
		String jobId = client
			.createStarRocksDataReplication(new CreateStarRocksDataReplicationRequest()
				.withInstanceId(TaurusHtapEmulator.DEMO_STARROCKS_INSTANCE_ID)
				.withXLanguage("en-us")
				.withBody(new CreateStarRocksDataReplication()
					.withSourceInstanceId(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID)
					.withSourceDatabase("src_db")
					.withTargetDatabase("tgt_db")
					.withTaskName("task_demo")))
			.getJobId();

		GetJobInfoDetail job = client.showGaussMySqlJobInfo(new ShowGaussMySqlJobInfoRequest().withId(jobId)).getJob();
		assertEquals(GetJobInfoDetail.StatusEnum.COMPLETED, job.getStatus());
		assertTrue(emulator.completeRunningJobs().isEmpty());
	}

	@Test
	void theBaseUrlIsForOtherClients(TaurusHtapEmulator emulator) {
		assertEquals("http://localhost:" + emulator.port(), emulator.baseUrl());
		// reset before this test, whatever ran before
		assertTrue(emulator.journal().isEmpty());
	}

	/**
	 * The control plane as a client of its own: for code that takes an EmulatorAdmin,
	 * whichever emulator it talks to.
	 */
	@Test
	void theControlPlaneIsAClientOfItsOwn(TaurusHtapEmulator emulator) {
		// tag::admin[]
		EmulatorAdmin admin = emulator.admin(); // an EmulatorAdminClient, over HTTP
		FaultRule rule = admin
			.addFault(Fault.on("ModifyDataSync").error(500, "DBS.05000000", "Injected by the test.").times(1));

		// the same client reaches any running emulator: docker run, a shared server
		EmulatorAdmin elsewhere = EmulatorAdminClient.connect(emulator.baseUrl());
		assertEquals(List.of(rule.id()), elsewhere.faults().stream().map(FaultRule::id).toList());
		// end::admin[]
	}

}
