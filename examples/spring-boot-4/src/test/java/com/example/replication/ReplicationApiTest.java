package com.example.replication;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The application, its GaussDB client pointed at an emulator that the kit runs in this
 * JVM for this class. The @Nested classes share the class's emulator (the kit) and its
 * Spring context (Spring's test context cache), and the emulator is reset before each
 * test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ReplicationApiTest {

	@RegisterExtension
	static final TaurusHtapEmulatorExtension EMULATOR = TaurusHtapEmulatorExtension.builder()
		.property("emulator.jobs.duration", "0s")
		.build();

	@DynamicPropertySource
	static void gaussDbIsTheEmulator(DynamicPropertyRegistry registry) {
		registry.add("gaussdb.endpoint", () -> EMULATOR.emulator().baseUrl());
		registry.add("gaussdb.project-id", () -> TaurusHtapEmulator.DEMO_PROJECT_ID);
		registry.add("gaussdb.ak", () -> TaurusHtapEmulator.DEMO_ACCESS_KEY);
		registry.add("gaussdb.sk", () -> TaurusHtapEmulator.DEMO_SECRET_KEY);
		registry.add("gaussdb.instance-id", () -> TaurusHtapEmulator.DEMO_STARROCKS_INSTANCE_ID);
	}

	static NewTask newTask(String taskName, String targetDatabase) {
		return new NewTask(taskName, TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID, "src_db", targetDatabase);
	}

	@Nested
	class Service {

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

	@Nested
	class HttpApi {

		@Autowired
		private RestTestClient http;

		@Test
		void createsATaskAndShowsItsConfiguration() {
			create("task_orders", "orders_ap").expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.jobId")
				.isNotEmpty();

			this.http.get()
				.uri("/replications/{task}", "task_orders")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(TaskConfiguration.class)
				.isEqualTo(new TaskConfiguration(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID, "src_db", "orders_ap"));
		}

		@Test
		void aGaussDbFailureIsABadGatewayWithGaussDbsErrorCode() {
			create("task_orders", "orders_ap").expectStatus().isAccepted();
			EMULATOR.emulator()
				.admin()
				.addFault(Fault.on("ListStarRocksDataReplicationConfig")
					.error(503, "DBS.05000000", "Injected by the test."));

			this.http.get()
				.uri("/replications/{task}", "task_orders")
				.exchange()
				.expectStatus()
				.isEqualTo(502)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errorCode")
				.isEqualTo("DBS.05000000")
				.jsonPath("$.gaussDbStatus")
				.isEqualTo(503);
		}

		/**
		 * The emulator in this JVM answers its health check; the application has none.
		 */
		@Test
		void theEmulatorsEndpointsStayOnTheEmulatorsPort() {
			RestTestClient emulator = RestTestClient.bindToServer().baseUrl(EMULATOR.emulator().baseUrl()).build();
			emulator.get().uri("/actuator/health").exchange().expectStatus().isOk();
			this.http.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
		}

		private RestTestClient.ResponseSpec create(String taskName, String targetDatabase) {
			return this.http.post()
				.uri("/replications")
				.contentType(MediaType.APPLICATION_JSON)
				.body(newTask(taskName, targetDatabase))
				.exchange();
		}

	}

}
