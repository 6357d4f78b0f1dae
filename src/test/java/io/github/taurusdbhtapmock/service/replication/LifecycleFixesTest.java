package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import io.github.taurusdbhtapmock.support.Names;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edge cases of the lifecycle found while documenting it, on the default durations and a
 * manual clock.
 */
class LifecycleFixesTest extends ManualClockEmulatorTest {

	private String startedTask() {
		String task = Names.unique("task");
		this.api
			.post(REPLICATION_PATH,
					"""
							{"source_instance_id":"%s","source_database":"src_db","target_database":"%s","task_name":"%s"}"""
						.formatted(ApiClient.SOURCE_INSTANCE, Names.unique("tgt"), task))
			.assertOk();
		return task;
	}

	@Test
	void aPauseRequestedJustBeforeTheFullSynchronizationEndsStillHappens() {
		String task = startedTask();
		advanceSeconds(2 + 4);
		this.api.post(REPLICATION_PATH + "/pause", "{\"task_name\":\"" + task + "\"}").assertOk();
		advanceSeconds(1.5);
		// the full synchronization has ended, but the pause job still runs: the task is
		// busy
		assertThat(this.api.listed(task).get("stage").asString()).isEqualTo("Incremental");
		this.api.post(REPLICATION_PATH + "/pause", "{\"task_name\":\"" + task + "\"}")
			.assertError(409, "DBS.200019", "Another operation is being performed");
		advanceSeconds(1);
		assertThat(this.api.listed(task).get("stage").asString()).isEqualTo("Paused");
	}

	@Test
	void pausingATaskBeingDeletedNamesTheStagesPauseNeeds() {
		String task = startedTask();
		advanceSeconds(10);
		this.api.send("DELETE", REPLICATION_PATH, "{\"task_name\":\"" + task + "\"}").assertOk();
		ApiResponse reply = this.api.post(REPLICATION_PATH + "/pause", "{\"task_name\":\"" + task + "\"}")
			.assertError(400, "DBS.201014", "This operation is not allowed by the DB instance status.");
		assertThat(reply.errorMessage()).contains("Cancelled", "Full, Incremental").doesNotContain("Wait");
	}

	@Test
	void aDatabaseCheckWithATaskNameButNoSourceSaysWhatRegisteringNeeds() {
		ApiResponse reply = this.api.post(REPLICATION_PATH + "/database-config-check", "{\"task_name\":\"abc\"}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("source_instance_id: is required to register a task")
			.doesNotContain("is_create_task");
	}

	@Test
	void aDeleteWithABodyThatIsNotJsonIsAContentTypeError() {
		ApiResponse reply = this.api.withHeader("Content-Type", "text/plain")
			.send("DELETE", REPLICATION_PATH, "{\"task_name\":\"abc\"}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("Content-Type: must be application/json");
	}

	@Test
	void anEmptyJobIdIsRequired() {
		ApiResponse reply = this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("id: is required");
	}

	@Test
	void aModificationClearsTheErrorOfAFailedJob() {
		String task = startedTask();
		String jobId = this.api.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\"}").assertOk().text("job_id");
		this.api.post("/_emulator/jobs/" + jobId + "/fail", "{\"fail_reason\":\"alter failed\"}").assertOk();
		assertThat(this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertOk()
			.text("last_error_of_alter_table")).isEqualTo("alter failed");
		this.api.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\"}").assertOk();
		assertThat(this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertOk()
			.text("last_error_of_alter_table")).isEmpty();
	}

}
