package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/** List, pause, resume, delete and the job query, with instant jobs. */
class LifecycleTest extends EmulatorTest {

	private static String taskBody(String task) {
		return "{\"task_name\":\"" + task + "\"}";
	}

	private JsonNode listed(String task) {
		return this.api.listed(task);
	}

	private String jobStatus(String jobId) {
		return this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + jobId)
			.assertOk()
			.json()
			.at("/job/status")
			.asString();
	}

	@Test
	void aTaskGoesThroughItsWholeLife() {
		String task = createTask();
		JsonNode running = listed(task);
		assertThat(running.get("stage").asString()).isEqualTo("Incremental");
		assertThat(running.get("status").asString()).isEqualTo("Yes");
		assertThat(running.get("percentage").asString()).isEqualTo("100");

		String pauseJob = this.api.post(REPLICATION_PATH + "/pause", taskBody(task)).assertOk().text("job_id");
		assertThat(jobStatus(pauseJob)).isEqualTo("Completed");
		assertThat(listed(task).get("stage").asString()).isEqualTo("Paused");

		this.api.post(REPLICATION_PATH + "/resume", taskBody(task)).assertOk();
		assertThat(listed(task).get("stage").asString()).isEqualTo("Incremental");

		String deleteJob = this.api.send("DELETE", REPLICATION_PATH, taskBody(task)).assertOk().text("job_id");
		assertThat(jobStatus(deleteJob)).isEqualTo("Completed");
		assertThat(listed(task)).isNull();
		this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void illegalTransitionsAreRefusedAndChangeNothing() {
		String task = createTask();
		ApiResponse resumeRunning = this.api.post(REPLICATION_PATH + "/resume", taskBody(task))
			.assertError(400, "DBS.201014", "This operation is not allowed by the DB instance status.");
		assertThat(resumeRunning.errorMessage()).contains("Incremental", "Paused");
		this.api.post(REPLICATION_PATH + "/pause", taskBody(task)).assertOk();
		this.api.post(REPLICATION_PATH + "/pause", taskBody(task))
			.assertError(400, "DBS.201014", "This operation is not allowed by the DB instance status.");
		assertThat(listed(task).get("stage").asString()).isEqualTo("Paused");
		this.api.post(REPLICATION_PATH, createBody(task, "src_db", Names.unique("tgt")))
			.assertError(409, "DBS.280406", "Operation not allowed");
	}

	@Test
	void aRegisteredTaskCannotBePausedBeforeItStarts() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		this.api
			.post(REPLICATION_PATH + "/database-config-check",
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"src_db","target_database_name":"%s"}"""
						.formatted(task, ApiClient.SOURCE_INSTANCE, target))
			.assertOk();
		JsonNode registered = listed(task);
		assertThat(registered.get("stage").asString()).isEqualTo("Wait");
		assertThat(registered.get("status").asString()).isEqualTo("Yes");
		assertThat(registered.get("percentage").asString()).isEqualTo("0");
		this.api.post(REPLICATION_PATH + "/pause", taskBody(task))
			.assertError(400, "DBS.201014", "This operation is not allowed");
		// a registered task can be deleted without ever starting
		this.api.send("DELETE", REPLICATION_PATH, taskBody(task)).assertOk();
		assertThat(listed(task)).isNull();
	}

	@Test
	void deletingAnUnknownTaskIsTheDocumentedNotFound() {
		this.api.send("DELETE", REPLICATION_PATH, taskBody("no_such_task"))
			.assertError(400, "DBS.05000091", "The synchronization task does not exist.");
		this.api.post(REPLICATION_PATH + "/pause", taskBody("no_such_task"))
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		this.api.post(REPLICATION_PATH + "/resume", taskBody("no_such_task"))
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/pause", "/resume", "" })
	void taskNameIsRequiredAndChecked(String suffix) {
		String method = suffix.isEmpty() ? "DELETE" : "POST";
		ApiResponse missing = this.api.send(method, REPLICATION_PATH + suffix, "{}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(missing.errorMessage()).contains("task_name: is required");
		this.api.send(method, REPLICATION_PATH + suffix, "{\"task_name\":\"a-b\"}")
			.assertError(400, "DBS.280001", "Parameter error.");
		this.api.send(method, REPLICATION_PATH + suffix, "{\"task_name\":7}")
			.assertError(400, "DBS.280001", "Parameter error.");
		this.api.send(method, REPLICATION_PATH + suffix, "").assertError(400, "DBS.200006", "The request is null.");
	}

	@Test
	void listPagesByRecordOffset() {
		ApiResponse all = this.api.get(REPLICATION_PATH + "?limit=100").assertOk();
		int total = Integer.parseInt(all.text("total_count"));
		createTask();
		createTask();
		ApiResponse page = this.api.get(REPLICATION_PATH + "?limit=1&offset=" + total).assertOk();
		assertThat(page.text("total_count")).isEqualTo(String.valueOf(total + 2));
		assertThat(page.json().get("replications")).hasSize(1);
		ApiResponse next = this.api.get(REPLICATION_PATH + "?limit=1&offset=" + (total + 1)).assertOk();
		assertThat(next.json().at("/replications/0/task_name"))
			.isNotEqualTo(page.json().at("/replications/0/task_name"));
		assertThat(this.api.get(REPLICATION_PATH + "?offset=" + (total + 2)).assertOk().json().get("replications"))
			.isEmpty();
	}

	@Test
	void everyListedFieldIsAJsonString() {
		createTask();
		ApiResponse reply = this.api.get(REPLICATION_PATH + "?limit=5").assertOk();
		assertThat(reply.json().get("total_count").isString()).isTrue();
		for (JsonNode item : reply.json().get("replications")) {
			assertThat(item.propertyNames()).containsExactlyInAnyOrder("source_database", "target_database",
					"task_name", "status", "stage", "percentage", "catchup_stage", "catchup_percentage");
			item.properties().forEach((field) -> assertThat(field.getValue().isString()).as(field.getKey()).isTrue());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "limit=0", "limit=101", "limit=abc", "limit=-1", "offset=-1", "offset=x", "limit=" })
	void pagingParametersAreChecked(String query) {
		this.api.get(REPLICATION_PATH + "?" + query).assertError(400, "DBS.280001", "Parameter error.");
	}

	@Test
	void jobsAreAnsweredInTheTaskCenterShape() {
		String task = Names.unique("task");
		String jobId = this.api.post(REPLICATION_PATH, createBody(task, "src_db", Names.unique("tgt")))
			.assertOk()
			.text("job_id");
		ApiResponse reply = this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + jobId).assertOk();
		JsonNode job = reply.json().get("job");
		assertThat(job.get("id").asString()).isEqualTo(jobId);
		assertThat(job.get("name").asString()).isEqualTo("CreateStarRocksDataReplication");
		assertThat(job.get("status").asString()).isEqualTo("Completed");
		assertThat(job.get("created").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0000");
		assertThat(job.get("ended").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0000");
		assertThat(job.get("process").asString()).isEmpty();
		assertThat(job.at("/instance/id").asString()).isEqualTo(ApiClient.INSTANCE);
		assertThat(job.at("/instance/name").asString()).isEqualTo("demo-starrocks");
		assertThat(job.at("/entities/task_name").asString()).isEqualTo(task);
		assertThat(job.has("fail_reason")).isFalse();
	}

	@Test
	void unknownOrMissingJobIds() {
		this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=no-such-job")
			.assertError(400, "DBS.200543", "The job does not exist.");
		ApiResponse missing = this.api.get("/v3/" + ApiClient.PROJECT + "/jobs")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(missing.errorMessage()).contains("id: is required");
		ApiResponse badProject = this.api.get("/v3/not-a-project/jobs?id=x")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(badProject.errorMessage()).contains("project_id: must be 32 letters or digits");
	}

	@Test
	void aJobIsSeenOnlyByItsOwnProject() {
		String jobId = this.api.post(REPLICATION_PATH, createBody(Names.unique("task"), "src_db", Names.unique("tgt")))
			.assertOk()
			.text("job_id");
		this.api.get("/v3/fedcba9876543210fedcba9876543210/jobs?id=" + jobId)
			.assertError(400, "DBS.200543", "The job does not exist.");
	}

	@Test
	void modifyStartsAJobThatCompletes() {
		String task = createTask();
		String jobId = this.api
			.put(REPLICATION_PATH,
					"{\"task_name\":\"" + task
							+ "\",\"db_configs\":[{\"param_name\":\"sync_view\",\"value\":\"true\"}]}")
			.assertOk()
			.text("job_id");
		ApiResponse job = this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + jobId).assertOk();
		assertThat(job.json().at("/job/name").asString()).isEqualTo("ModifyDataSync");
		assertThat(job.json().at("/job/status").asString()).isEqualTo("Completed");
	}

	@Test
	void aDeletedTasksNameAndDestinationAreFreeAgain() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		this.api.post(REPLICATION_PATH, createBody(task, "src_db", target)).assertOk();
		this.api.send("DELETE", REPLICATION_PATH, taskBody(task)).assertOk();
		this.api.post(REPLICATION_PATH, createBody(task, "sales", target)).assertOk();
		this.api.send("DELETE", REPLICATION_PATH, taskBody(task)).assertOk();
		this.api.send("DELETE", REPLICATION_PATH, taskBody(task))
			.assertError(400, "DBS.05000091", "The synchronization task does not exist.");
	}

}
