package io.github.taurusdbhtapmock.service.parameter;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.service.parameter.ParameterHttpTest.CONFIGURATIONS;
import static io.github.taurusdbhtapmock.service.parameter.ParameterHttpTest.parameter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of parameters follows its job on the emulator's clock: the old values while it
 * runs, and another change refused with 409 DBS.200019 (the provider's retry code); the
 * new values once it completes; none when it fails.
 */
class ParameterJobTest extends ManualClockEmulatorTest {

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", "").assertOk();
	}

	@Test
	void theNewValuesShowWhenTheJobCompletes() {
		String jobId = change("1");

		assertThat(value()).as("while the job runs").isEqualTo("3");
		this.api.put(CONFIGURATIONS, body("2"))
			.assertError(409, "DBS.200019",
					"Another operation is being performed on the DB instance or the DB " + "instance is faulty. Job "
							+ jobId + " is still changing the parameters of StarRocks instance " + ApiClient.INSTANCE);
		assertThat(job(jobId).get("status").asString()).isEqualTo("Running");

		advance(Duration.ofSeconds(3));

		assertThat(job(jobId).get("status").asString()).isEqualTo("Completed");
		assertThat(value()).isEqualTo("1");
		change("2");
	}

	@Test
	void aFailedJobChangesNothing() {
		String jobId = change("1");

		this.api.post("/_emulator/jobs/" + jobId + "/fail", "{\"fail_reason\":\"node unreachable\"}").assertOk();

		assertThat(job(jobId).get("status").asString()).isEqualTo("Failed");
		assertThat(value()).isEqualTo("3");
		assertThat(this.api.get("/_emulator/state").assertOk().json().get("starrocks_parameters")).isEmpty();
	}

	@Test
	void aRunningChangeIsExportedAndImportedWithItsJob() {
		String jobId = change("1");
		String exported = this.api.get("/_emulator/state").assertOk().body();
		assertThat(exported).contains("\"pending\":{\"job_id\":\"" + jobId + "\"");

		this.api.post("/_emulator/reset", "").assertOk();
		this.api.put("/_emulator/state", exported).assertOk();
		assertThat(value()).isEqualTo("3");
		this.api.post("/_emulator/jobs/" + jobId + "/complete", "").assertOk();

		assertThat(value()).isEqualTo("1");
	}

	private String change(String value) {
		return this.api.put(CONFIGURATIONS, body(value)).assertOk().json().get("job_id").asString();
	}

	private static String body(String value) {
		return "{\"node_type\":\"be\",\"parameter_values\":{\"alter_tablet_worker_count\":\"" + value + "\"}}";
	}

	private String value() {
		JsonNode page = this.api.get(CONFIGURATIONS + "?node_type=be").assertOk().json();
		return parameter(page, "alter_tablet_worker_count").get("value").asString();
	}

	private JsonNode job(String jobId) {
		return this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + jobId).assertOk().json().get("job");
	}

}
