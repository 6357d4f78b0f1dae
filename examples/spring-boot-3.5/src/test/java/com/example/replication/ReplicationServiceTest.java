package com.example.replication;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReplicationServiceTest extends EmulatorBackedTest {

	@Autowired
	private ReplicationService replications;

	@Test
	void aCreatedTaskHasTheConfigurationItWasCreatedWith() {
		String jobId = this.replications.create(newTask("task_orders", "orders_ap"));

		assertThat(jobId).isNotBlank();
		assertThat(this.replications.configuration("task_orders"))
			.isEqualTo(new TaskConfiguration(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID, "src_db", "orders_ap"));
	}

	@Test
	void gaussDbsRefusalReachesTheCallerWithItsErrorCode() {
		EMULATOR.emulator()
			.admin()
			.addFault(Fault.on("CreateStarRocksDataReplication")
				.error(500, "DBS.05000000", "Injected by the test.")
				.times(1));

		ServiceResponseException error = catchThrowableOfType(ServiceResponseException.class,
				() -> this.replications.create(newTask("task_orders", "orders_ap")));

		assertThat(error.getHttpStatusCode()).isEqualTo(500);
		assertThat(error.getErrorCode()).isEqualTo("DBS.05000000");
		assertThat(EMULATOR.emulator().admin().journal("CreateStarRocksDataReplication"))
			.extracting(JournalEntry::status)
			.containsExactly(500);
	}

	/** The emulator is reset before each test, though the context lives on. */
	@Test
	void noTaskOfAnotherTestIsLeft() {
		ServiceResponseException error = catchThrowableOfType(ServiceResponseException.class,
				() -> this.replications.configuration("task_orders"));

		assertThat(error.getErrorCode()).isEqualTo("DBS.270022");
	}

}
