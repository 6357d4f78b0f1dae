package io.github.taurusdbhtapmock.testcontainers;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.admin.api.Fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What a user's test with the emulator's image looks like: Testcontainers' core, the
 * official SDK and JUnit, nothing else. docs/testcontainers.md quotes it; it runs in the
 * container-test profile, after the image is built.
 */
class ContainerExampleIT {

	// tag::container[]
	static final TaurusHtapEmulatorContainer EMULATOR = new TaurusHtapEmulatorContainer(
			System.getProperty("emulator.image", "taurusdb-htap-mock:latest"))
		.withProperty("emulator.jobs.duration", "0s");

	@BeforeAll
	static void start() {
		EMULATOR.start();
	}

	@AfterAll
	static void stop() {
		EMULATOR.stop();
	}

	// one container for the class: each test starts from the demo topology
	@BeforeEach
	void reset() {
		EMULATOR.admin().reset();
	}

	@Test
	void anInjectedFaultFailsTheSdkCall() {
		GaussDBClient client = EMULATOR.gaussDbClient();
		client.createStarRocksDataReplication(
				new CreateStarRocksDataReplicationRequest().withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
					.withXLanguage("en-us")
					.withBody(new CreateStarRocksDataReplication().withSourceInstanceId(DemoTopology.TAURUS_INSTANCE_ID)
						.withSourceDatabase("src_db")
						.withTargetDatabase("tgt_db")
						.withTaskName("task_demo")));
		ListStarRocksDataReplicationConfigRequest configuration = new ListStarRocksDataReplicationConfigRequest()
			.withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
			.withXLanguage("en-us")
			.withTaskName("task_demo");
		assertEquals("tgt_db", client.listStarRocksDataReplicationConfig(configuration).getTargetDatabaseName());

		EMULATOR.admin()
			.addFault(Fault.on("ListStarRocksDataReplicationConfig")
				.error(500, "DBS.05000000", "Injected by the test.")
				.times(1));

		ServiceResponseException error = assertThrows(ServiceResponseException.class,
				() -> client.listStarRocksDataReplicationConfig(configuration));
		assertEquals(500, error.getHttpStatusCode());
		assertEquals("DBS.05000000", error.getErrorCode());
	}
	// end::container[]

	/** The reset before each test removed the task of the test above. */
	@Test
	void eachTestStartsWithoutTasks() {
		ServiceResponseException error = assertThrows(ServiceResponseException.class,
				() -> EMULATOR.gaussDbClient()
					.listStarRocksDataReplicationConfig(new ListStarRocksDataReplicationConfigRequest()
						.withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
						.withXLanguage("en-us")
						.withTaskName("task_demo")));
		assertEquals("DBS.270022", error.getErrorCode());
	}

}
