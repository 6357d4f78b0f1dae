package com.example.replication;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigResponse;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulatorTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A replication task through the official SDK, against the emulator the kit starts in
 * this JVM: the emulator comes in through the constructor, and is reset before each test.
 */
@TaurusHtapEmulatorTest(properties = "emulator.jobs.duration=0s")
class ReplicationTaskTest {

	private static final String INSTANCE = TaurusHtapEmulator.DEMO_STARROCKS_INSTANCE_ID;

	private final TaurusHtapEmulator emulator;

	private final GaussDBClient client;

	ReplicationTaskTest(TaurusHtapEmulator emulator) {
		this.emulator = emulator;
		this.client = emulator.gaussDbClient();
	}

	@Test
	void aCreatedTaskHasTheConfigurationItWasCreatedWith() {
		String jobId = create("task_orders", "orders_ap");
		assertNotNull(jobId);

		ListStarRocksDataReplicationConfigResponse configuration = configuration("task_orders");
		assertEquals(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID, configuration.getSourceInstanceId());
		assertEquals("src_db", configuration.getDatabaseInfo().getDatabaseName());
		assertEquals("orders_ap", configuration.getTargetDatabaseName());
	}

	@Test
	void aFaultInjectedThroughTheControlPlaneFailsTheSdkCall() {
		create("task_orders", "orders_ap");
		FaultRule rule = this.emulator.admin()
			.addFault(Fault.on("ListStarRocksDataReplicationConfig")
				.error(500, "DBS.05000000", "Injected by the test.")
				.times(1));

		ServiceResponseException error = assertThrows(ServiceResponseException.class,
				() -> configuration("task_orders"));
		assertEquals(500, error.getHttpStatusCode());
		assertEquals("DBS.05000000", error.getErrorCode());

		// the rule fired once, and the next call gets the real reply
		assertEquals("orders_ap", configuration("task_orders").getTargetDatabaseName());
		assertEquals(1, this.emulator.admin().fault(rule.id()).fired());
	}

	/** Each test starts from the demo topology: the task of another test is gone. */
	@Test
	void eachTestStartsWithoutTasks() {
		ServiceResponseException error = assertThrows(ServiceResponseException.class,
				() -> configuration("task_orders"));
		assertEquals("DBS.270022", error.getErrorCode());
	}

	private String create(String taskName, String targetDatabase) {
		return this.client
			.createStarRocksDataReplication(new CreateStarRocksDataReplicationRequest().withInstanceId(INSTANCE)
				.withXLanguage("en-us")
				.withBody(new CreateStarRocksDataReplication()
					.withSourceInstanceId(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID)
					.withSourceDatabase("src_db")
					.withTargetDatabase(targetDatabase)
					.withTaskName(taskName)))
			.getJobId();
	}

	private ListStarRocksDataReplicationConfigResponse configuration(String taskName) {
		return this.client
			.listStarRocksDataReplicationConfig(new ListStarRocksDataReplicationConfigRequest().withInstanceId(INSTANCE)
				.withXLanguage("en-us")
				.withTaskName(taskName));
	}

}
