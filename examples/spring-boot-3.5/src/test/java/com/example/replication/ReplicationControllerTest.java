package com.example.replication;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's HTTP API, in the same context as {@link ReplicationServiceTest}. */
class ReplicationControllerTest extends EmulatorBackedTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private TestRestTemplate http;

	@Test
	void createsATaskAndShowsItsConfiguration() {
		ResponseEntity<Map<String, Object>> created = this.http
			.exchange(RequestEntity.post("/replications").body(newTask("task_orders", "orders_ap")), JSON);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(created.getBody()).containsKey("jobId");

		ResponseEntity<TaskConfiguration> shown = this.http.getForEntity("/replications/task_orders",
				TaskConfiguration.class);
		assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(shown.getBody())
			.isEqualTo(new TaskConfiguration(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID, "src_db", "orders_ap"));
	}

	@Test
	void aGaussDbFailureIsABadGatewayWithGaussDbsErrorCode() {
		this.http.postForEntity("/replications", newTask("task_orders", "orders_ap"), String.class);
		EMULATOR.emulator()
			.admin()
			.addFault(
					Fault.on("ListStarRocksDataReplicationConfig").error(503, "DBS.05000000", "Injected by the test."));

		ResponseEntity<Map<String, Object>> failed = this.http
			.exchange(RequestEntity.get("/replications/task_orders").build(), JSON);

		assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
		assertThat(failed.getBody()).containsEntry("errorCode", "DBS.05000000").containsEntry("gaussDbStatus", 503);
	}

	/** The emulator in this JVM answers its health check; the application has none. */
	@Test
	void theEmulatorsEndpointsStayOnTheEmulatorsPort() {
		String emulatorHealth = EMULATOR.emulator().baseUrl() + "/actuator/health";
		assertThat(this.http.getForEntity(emulatorHealth, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.http.getForEntity("/actuator/health", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

}
