package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jobs and stages with the default durations (jobs 2 s, full synchronization 5 s), driven
 * by a clock the test moves: what a client polling the real service sees, without any
 * sleeping.
 */
class LifecycleTimingTest extends ManualClockEmulatorTest {

	private JsonNode listed(String task) {
		return this.api.listed(task);
	}

	private JsonNode job(String jobId) {
		return this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + jobId).assertOk().json().get("job");
	}

	private String create(String task) {
		return this.api
			.post(REPLICATION_PATH,
					"""
							{"source_instance_id":"%s","source_database":"src_db","target_database":"%s","task_name":"%s"}"""
						.formatted(ApiClient.SOURCE_INSTANCE, Names.unique("tgt"), task))
			.assertOk()
			.text("job_id");
	}

	@Test
	void aStartedTaskSynchronizesFullyThenIncrementally() {
		String task = Names.unique("task");
		String jobId = create(task);
		JsonNode running = job(jobId);
		assertThat(running.get("status").asString()).isEqualTo("Running");
		assertThat(running.get("process").asString()).isEqualTo("0%");
		assertThat(running.has("ended")).isFalse();
		assertThat(listed(task).get("stage").asString()).isEqualTo("Wait");

		advanceSeconds(1);
		assertThat(job(jobId).get("process").asString()).isEqualTo("50%");

		advanceSeconds(1);
		assertThat(job(jobId).get("status").asString()).isEqualTo("Completed");
		assertThat(job(jobId).get("process").asString()).isEmpty();
		JsonNode full = listed(task);
		assertThat(full.get("stage").asString()).isEqualTo("Full");
		assertThat(full.get("percentage").asString()).isEqualTo("0");

		advanceSeconds(2);
		assertThat(listed(task).get("percentage").asString()).isEqualTo("40");

		advanceSeconds(3);
		JsonNode incremental = listed(task);
		assertThat(incremental.get("stage").asString()).isEqualTo("Incremental");
		assertThat(incremental.get("percentage").asString()).isEqualTo("100");
	}

	@Test
	void oneJobAtATimeWorksOnATask() {
		String task = Names.unique("task");
		create(task);
		ApiResponse busy = this.api.post(REPLICATION_PATH + "/pause", "{\"task_name\":\"" + task + "\"}")
			.assertError(409, "DBS.200019", "Another operation is being performed");
		assertThat(busy.errorMessage()).contains(task, "retry");
		advanceSeconds(2);
		String pauseJob = this.api.post(REPLICATION_PATH + "/pause", "{\"task_name\":\"" + task + "\"}")
			.assertOk()
			.text("job_id");
		// the stage changes when the pause job completes
		assertThat(listed(task).get("stage").asString()).isEqualTo("Full");
		advanceSeconds(2);
		assertThat(job(pauseJob).get("status").asString()).isEqualTo("Completed");
		assertThat(listed(task).get("stage").asString()).isEqualTo("Paused");
	}

	@Test
	void aPauseDuringTheFullSynchronizationRestartsItOnResume() {
		String task = Names.unique("task");
		create(task);
		advanceSeconds(2 + 2.5);
		this.api.post(REPLICATION_PATH + "/pause", "{\"task_name\":\"" + task + "\"}").assertOk();
		advanceSeconds(2);
		JsonNode paused = listed(task);
		assertThat(paused.get("stage").asString()).isEqualTo("Paused");
		assertThat(paused.get("percentage").asString()).isEqualTo("50");
		advanceSeconds(60);
		assertThat(listed(task).get("percentage").asString()).isEqualTo("50");

		this.api.post(REPLICATION_PATH + "/resume", "{\"task_name\":\"" + task + "\"}").assertOk();
		advanceSeconds(2);
		assertThat(listed(task).get("stage").asString()).isEqualTo("Full");
		advanceSeconds(5);
		assertThat(listed(task).get("stage").asString()).isEqualTo("Incremental");
	}

	@Test
	void aDeletedTaskIsCancelledUntilItsJobCompletes() {
		String task = Names.unique("task");
		create(task);
		advanceSeconds(10);
		this.api.send("DELETE", REPLICATION_PATH, "{\"task_name\":\"" + task + "\"}").assertOk();
		JsonNode cancelled = listed(task);
		assertThat(cancelled.get("stage").asString()).isEqualTo("Cancelled");
		assertThat(cancelled.get("percentage").asString()).isEqualTo("100");
		// a second delete while the first runs: the task is as good as gone
		this.api.send("DELETE", REPLICATION_PATH, "{\"task_name\":\"" + task + "\"}")
			.assertError(400, "DBS.05000091", "The synchronization task does not exist.");
		this.api.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\"}")
			.assertError(400, "DBS.201014", "This operation is not allowed by the DB instance status.");
		advanceSeconds(2);
		assertThat(listed(task)).isNull();
	}

	@Test
	void aRegisteredTaskWaitsForItsRegistrationBeforeItCanStart() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		this.api
			.post(REPLICATION_PATH + "/database-config-check",
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"src_db","target_database_name":"%s"}"""
						.formatted(task, ApiClient.SOURCE_INSTANCE, target))
			.assertOk();
		assertThat(listed(task).get("status").asString()).isEqualTo("Wait");
		this.api
			.post(REPLICATION_PATH,
					"""
							{"source_instance_id":"%s","source_database":"src_db","target_database":"%s","task_name":"%s"}"""
						.formatted(ApiClient.SOURCE_INSTANCE, target, task))
			.assertError(409, "DBS.200019", "Another operation is being performed");
		advanceSeconds(2);
		assertThat(listed(task).get("status").asString()).isEqualTo("Yes");
		assertThat(listed(task).get("stage").asString()).isEqualTo("Wait");
	}

}
