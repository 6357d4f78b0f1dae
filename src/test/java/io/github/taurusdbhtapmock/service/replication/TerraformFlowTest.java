package io.github.taurusdbhtapmock.service.replication;

import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The flow the Terraform provider runs for a StarRocks replication resource (create,
 * start, pause, resume, update, delete), replayed over HTTP with its polling: each poll
 * moves the clock by the provider's 10 s interval, with the emulator's default durations.
 */
class TerraformFlowTest extends ManualClockEmulatorTest {

	private static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

	private static final int MAX_POLLS = 180;

	private static final String TASK = "tf_task";

	private static final String TASK_BODY = "{\"task_name\":\"" + TASK + "\"}";

	/**
	 * The provider's list data source reads pages of 100 until an empty page, as
	 * ApiClient.listed does.
	 */
	private JsonNode findInList() {
		return this.api.listed(TASK);
	}

	private void pollUntil(String what, Predicate<JsonNode> done) {
		for (int poll = 0; poll < MAX_POLLS; poll++) {
			advance(POLL_INTERVAL);
			if (done.test(findInList())) {
				return;
			}
		}
		fail("timed out waiting for " + what);
	}

	private static boolean stageIn(JsonNode task, String... stages) {
		return task != null && java.util.List.of(stages).contains(task.get("stage").asString());
	}

	@Test
	void createStartPauseResumeUpdateDelete() {
		// 1. create the configuration through the database check
		ApiResponse registered = this.api
			.post(REPLICATION_PATH + "/database-config-check",
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"src_db","target_database_name":"tf_target",
							 "is_instance_level_sync":"false","database_repl_scope":"part",
							 "db_configs":[{"param_name":"max_full_sync_task_threads_num","value":"2"}],
							 "table_repl_config":{"repl_type":"include_tables","repl_scope":"part","tables":["t1","orders"]}}"""
						.formatted(TASK, ApiClient.SOURCE_INSTANCE))
			.assertOk();
		assertThat(registered.text("task_name")).isEqualTo(TASK);

		// 2. wait until created: the configuration answers and the listed status is
		// neither Wait nor empty
		for (int poll = 0;; poll++) {
			assertThat(poll).as("polls until created").isLessThan(MAX_POLLS);
			advance(POLL_INTERVAL);
			ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + TASK);
			if (configuration.status() == 400) {
				configuration.assertError(400, "DBS.270022", "The synchronization task does not exist.");
				continue;
			}
			assertThat(configuration.assertOk().text("last_error_of_alter_table")).isEmpty();
			JsonNode listed = findInList();
			if (listed != null && !listed.get("status").asString().isEmpty()
					&& !listed.get("status").asString().equals("Wait")) {
				break;
			}
		}

		// 3. start the sync and wait for Incremental or Full
		assertThat(this.api
			.post(REPLICATION_PATH,
					"""
							{"source_instance_id":"%s","source_database":"src_db","target_database":"tf_target","task_name":"%s"}"""
						.formatted(ApiClient.SOURCE_INSTANCE, TASK))
			.assertOk()
			.text("job_id")).isNotEmpty();
		pollUntil("started", (task) -> stageIn(task, "Incremental", "Full"));

		// 4. pause, wait for Paused
		assertThat(this.api.post(REPLICATION_PATH + "/pause", TASK_BODY).assertOk().text("job_id")).isNotEmpty();
		pollUntil("paused", (task) -> stageIn(task, "Paused"));

		// 5. resume, wait for Incremental or Full
		assertThat(this.api.post(REPLICATION_PATH + "/resume", TASK_BODY).assertOk().text("job_id")).isNotEmpty();
		pollUntil("resumed", (task) -> stageIn(task, "Incremental", "Full"));

		// 6. update with the full configuration, then wait for its job
		String jobId = this.api
			.put(REPLICATION_PATH,
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"src_db","target_database_name":"tf_target",
							 "db_configs":[{"param_name":"max_full_sync_task_threads_num","value":"1"}],
							 "tables_configs":[{"table_name":"t1","table_config":"order by name;key columns id"}],
							 "table_repl_config":{"repl_type":"include_tables","repl_scope":"part","tables":["t1"]}}"""
						.formatted(TASK, ApiClient.SOURCE_INSTANCE))
			.assertOk()
			.text("job_id");
		for (int poll = 0;; poll++) {
			assertThat(poll).as("polls until the update job completes").isLessThan(MAX_POLLS);
			advance(POLL_INTERVAL);
			String status = this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + jobId)
				.assertOk()
				.json()
				.at("/job/status")
				.asString();
			assertThat(status).isIn("Pending", "Running", "Completed");
			if (status.equals("Completed")) {
				break;
			}
		}
		ApiResponse updated = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + TASK).assertOk();
		assertThat(updated.json().at("/table_repl_config/tables").toString()).isEqualTo("[\"t1\"]");
		assertThat(updated.json().get("is_tables_change").asBoolean()).isTrue();

		// 7. delete, wait until the task is absent; a second delete is "already deleted"
		assertThat(this.api.send("DELETE", REPLICATION_PATH, TASK_BODY).assertOk().text("job_id")).isNotEmpty();
		pollUntil("deleted", (task) -> task == null);
		this.api.send("DELETE", REPLICATION_PATH, TASK_BODY)
			.assertError(400, "DBS.05000091", "The synchronization task does not exist.");
	}

}
