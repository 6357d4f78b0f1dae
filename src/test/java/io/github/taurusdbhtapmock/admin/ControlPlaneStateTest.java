package io.github.taurusdbhtapmock.admin;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.github.taurusdbhtapmock.admin.wire.StateDocument;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reset, state export and import, job completion and the clock, on two tenants and a
 * manual clock.
 */
@TestPropertySource(properties = "spring.config.additional-location=classpath:two-tenants.yml")
class ControlPlaneStateTest extends ManualClockEmulatorTest {

	private static final String OTHER_PROJECT = "fedcba9876543210fedcba9876543210";

	@Autowired
	private StateService state;

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", null).assertOk();
	}

	private static String path(String project) {
		return ApiClient.REPLICATION_PATH.replace(ApiClient.PROJECT, project);
	}

	private String create(String project, String task) {
		return this.api
			.post(path(project),
					"""
							{"source_instance_id":"%s","source_database":"shop","target_database":"%s_target","task_name":"%s"}"""
						.formatted(ApiClient.SOURCE_INSTANCE, task, task))
			.assertOk()
			.text("job_id");
	}

	private int listed(String project) {
		return Integer.parseInt(this.api.get(path(project)).assertOk().text("total_count"));
	}

	@Test
	void resetForgetsEverything() {
		String job = create(ApiClient.PROJECT, "mine");
		create(OTHER_PROJECT, "theirs");
		ApiResponse reset = this.api.post("/_emulator/reset", null).assertOk();
		assertThat(reset.text("reset")).isEqualTo("*");
		assertThat(listed(ApiClient.PROJECT)).isZero();
		assertThat(listed(OTHER_PROJECT)).isZero();
		this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + job)
			.assertError(400, "DBS.200543", "The job does not exist.");
	}

	@Test
	void aFullResetAlsoEmptiesTheJournalAndRemovesFaultRules() {
		create(ApiClient.PROJECT, "mine");
		this.api.post("/_emulator/faults", "{\"operation\":\"ModifyDataSync\",\"effect\":\"delay\",\"delay_ms\":1}");
		assertThat(this.api.get("/_emulator/requests").assertOk().json().get("requests")).isNotEmpty();
		assertThat(this.api.get("/_emulator/faults").assertOk().json().get("faults")).isNotEmpty();
		this.api.post("/_emulator/reset", null).assertOk();
		assertThat(this.api.get("/_emulator/requests").assertOk().json().get("requests")).isEmpty();
		assertThat(this.api.get("/_emulator/faults").assertOk().json().get("faults")).isEmpty();
	}

	@Test
	void aProjectResetLeavesOtherProjectsUntouched() {
		create(ApiClient.PROJECT, "mine");
		String theirJob = create(OTHER_PROJECT, "theirs");
		this.api.post("/_emulator/reset?project_id=" + ApiClient.PROJECT, null).assertOk();
		assertThat(listed(ApiClient.PROJECT)).isZero();
		assertThat(listed(OTHER_PROJECT)).isEqualTo(1);
		this.api.get("/v3/" + OTHER_PROJECT + "/jobs?id=" + theirJob).assertOk();
		ApiResponse bad = this.api.post("/_emulator/reset?project_id=nope", null)
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.");
		assertThat(bad.errorMessage()).contains("project_id");
	}

	@Test
	void stateRoundTripsThroughExportAndImport() {
		create(ApiClient.PROJECT, "mine");
		this.api.put(path(ApiClient.PROJECT), """
				{"task_name":"mine","db_configs":[{"param_name":"sync_view","value":"true"}],
				 "tables_configs":[{"table_name":"carts","table_config":"order by owner"}]}""").assertOk();
		create(OTHER_PROJECT, "theirs");
		ApiResponse exported = this.api.get("/_emulator/state").assertOk();
		assertThat(exported.json().get("format_version").asString()).isEqualTo("2");
		assertThat(exported.json().get("tasks")).hasSize(2);
		assertThat(exported.json().get("jobs")).hasSize(3);
		String mineBefore = this.api.get(path(ApiClient.PROJECT) + "/configuration?task_name=mine").assertOk().body();

		this.api.post("/_emulator/reset", null).assertOk();
		ApiResponse imported = this.api.put("/_emulator/state", exported.body()).assertOk();
		assertThat(imported.json().get("tasks").asInt()).isEqualTo(2);
		assertThat(this.api.get(path(ApiClient.PROJECT) + "/configuration?task_name=mine").assertOk().body())
			.isEqualTo(mineBefore);
		assertThat(this.api.get("/_emulator/state").assertOk().json()).isEqualTo(exported.json());
	}

	@Test
	void aRefusedImportChangesNothing() {
		create(ApiClient.PROJECT, "mine");
		String before = this.api.get("/_emulator/state").assertOk().body();
		JsonNode document = this.api.get("/_emulator/state").assertOk().json();

		ObjectNode unknownDatabase = (ObjectNode) document.deepCopy();
		((ObjectNode) unknownDatabase.get("tasks").get(0)).put("source_database_name", "no_such_db");
		ApiResponse refused = this.api.put("/_emulator/state", unknownDatabase.toString())
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.");
		assertThat(refused.errorMessage()).contains("tasks[0]", "The database does not exist.");

		ObjectNode badName = (ObjectNode) document.deepCopy();
		((ObjectNode) badName.get("tasks").get(0)).put("task_name", "x");
		assertThat(this.api.put("/_emulator/state", badName.toString())
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.")
			.errorMessage()).contains("tasks[0].task_name");

		ObjectNode badVersion = (ObjectNode) document.deepCopy();
		badVersion.put("format_version", "1");
		this.api.put("/_emulator/state", badVersion.toString()).assertError(400, "EMULATOR.0400", "Invalid");
		this.api.put("/_emulator/state", "{").assertError(400, "EMULATOR.0400", "Invalid");
		this.api.put("/_emulator/state", "{\"format_version\":\"2\",\"tasks\":[],\"jobs\":7}")
			.assertError(400, "EMULATOR.0400", "Invalid");

		assertThat(this.api.get("/_emulator/state").assertOk().body()).isEqualTo(before);
	}

	@Test
	void theStateHoldsTheTopologyAndAnImportChecksTasksAgainstTheImportedOne() {
		this.api
			.post("/_emulator/topology",
					"""
							{"projects":[{"id":"%s","taurus_instances":[{"id":"%s",
							  "databases":[{"name":"crm","tables":[{"name":"leads","columns":["id","owner"]}]}]}]}]}"""
						.formatted(ApiClient.PROJECT, ApiClient.SOURCE_INSTANCE))
			.assertOk();
		this.api
			.post(path(ApiClient.PROJECT),
					"""
							{"source_instance_id":"%s","source_database":"crm","target_database":"crm_ap","task_name":"crm_task"}"""
						.formatted(ApiClient.SOURCE_INSTANCE))
			.assertOk();
		ApiResponse exported = this.api.get("/_emulator/state").assertOk();
		assertThat(exported.json().get("topology")).isEqualTo(this.api.get("/_emulator/topology").assertOk().json());

		// the reset drops the added database; the document brings it back with the task
		// that reads it
		this.api.post("/_emulator/reset", null).assertOk();
		this.api.put("/_emulator/state", exported.body()).assertOk();
		assertThat(this.api.get(path(ApiClient.PROJECT) + "/configuration?task_name=crm_task")
			.assertOk()
			.json()
			.at("/database_info/database_name")
			.asString()).isEqualTo("crm");
		assertThat(this.api.get("/_emulator/state").assertOk().json()).isEqualTo(exported.json());
	}

	@Test
	void aDocumentWhoseTasksNeedWhatItsTopologyLacksChangesNothing() {
		this.api
			.post("/_emulator/topology",
					"""
							{"projects":[{"id":"%s","taurus_instances":[{"id":"%s","databases":[{"name":"crm"}]}]}]}"""
						.formatted(ApiClient.PROJECT, ApiClient.SOURCE_INSTANCE))
			.assertOk();
		this.api
			.post(path(ApiClient.PROJECT),
					"""
							{"source_instance_id":"%s","source_database":"crm","target_database":"crm_ap","task_name":"crm_task"}"""
						.formatted(ApiClient.SOURCE_INSTANCE))
			.assertOk();
		JsonNode document = this.api.get("/_emulator/state").assertOk().json();
		this.api.post("/_emulator/reset", null).assertOk();
		String before = this.api.get("/_emulator/state").assertOk().body();

		// the current topology has no crm either: the task is refused, and the topology
		// of
		// the document is not installed
		ObjectNode withoutCrm = (ObjectNode) document.deepCopy();
		withoutCrm.set("topology", this.api.get("/_emulator/topology").assertOk().json());
		assertThat(this.api.put("/_emulator/state", withoutCrm.toString())
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.")
			.errorMessage()).contains("tasks[0]", "The database does not exist.");

		ObjectNode unresolvedLink = (ObjectNode) document.deepCopy();
		((ObjectNode) unresolvedLink.at("/topology/projects/0/starrocks_instances/0")).put("taurus_instance_id",
				"9999aaaa2222bbbb3333cccc4444ddddin07");
		assertThat(this.api.put("/_emulator/state", unresolvedLink.toString())
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.")
			.errorMessage()).contains("topology: ", "9999aaaa2222bbbb3333cccc4444ddddin07");

		ObjectNode noTopology = (ObjectNode) document.deepCopy();
		noTopology.remove("topology");
		assertThat(this.api.put("/_emulator/state", noTopology.toString())
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.")
			.errorMessage()).contains("topology");

		assertThat(this.api.get("/_emulator/state").assertOk().body()).isEqualTo(before);
	}

	@Test
	void aDocumentOfAnotherFormatVersionIsRefusedNamingTheVersionItReads() {
		ObjectNode document = (ObjectNode) this.api.get("/_emulator/state").assertOk().json();
		document.put("format_version", "1");
		assertThat(this.api.put("/_emulator/state", document.toString())
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.")
			.errorMessage()).contains("format_version: must be \"2\"");
		assertThat(this.api.withHeader("X-Language", "zh-cn")
			.put("/_emulator/state", document.toString())
			.assertError(400, "EMULATOR.0400", "")
			.errorMessage()).contains("format_version", "\"2\"");
	}

	@Test
	void theJavaImportRefusesAnotherFormatVersionToo() {
		StateDocument exported = this.state.export();
		StateDocument older = new StateDocument("1", exported.topology(), exported.tasks(), exported.jobs());
		assertThatThrownBy(() -> this.state.importState(older, Locale.ENGLISH)).isInstanceOfSatisfying(
				ApiException.class,
				(refused) -> assertThat(refused.detail().args()).containsExactly("1", StateDocument.FORMAT_VERSION));
	}

	@Test
	void aRunningJobCanBeCompletedAndItsTaskFollows() {
		String job = create(ApiClient.PROJECT, "mine");
		assertThat(this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + job)
			.assertOk()
			.json()
			.at("/job/status")
			.asString()).isEqualTo("Running");
		ApiResponse completed = this.api.post("/_emulator/jobs/" + job + "/complete", null).assertOk();
		assertThat(completed.json().at("/job/status").asString()).isEqualTo("Completed");
		assertThat(this.api.get(path(ApiClient.PROJECT)).assertOk().json().at("/replications/0/stage").asString())
			.isEqualTo("Full");
		this.api.post("/_emulator/jobs/" + job + "/complete", null)
			.assertError(409, "EMULATOR.0409", "The control-plane");
		this.api.post("/_emulator/jobs/no-such-job/complete", null).assertError(404, "EMULATOR.0404", "No such");
	}

	@Test
	void aFailedJobLeavesItsTaskWhereItWasAndSaysWhy() {
		String job = create(ApiClient.PROJECT, "mine");
		ApiResponse failed = this.api.post("/_emulator/jobs/" + job + "/fail", "{\"fail_reason\":\"disk full\"}")
			.assertOk();
		assertThat(failed.json().at("/job/status").asString()).isEqualTo("Failed");
		assertThat(failed.json().at("/job/fail_reason").asString()).isEqualTo("disk full");
		JsonNode task = this.api.get(path(ApiClient.PROJECT)).assertOk().json().at("/replications/0");
		assertThat(task.get("stage").asString()).isEqualTo("Wait");
		assertThat(task.get("status").asString()).isEqualTo("No");
		assertThat(this.api.get(path(ApiClient.PROJECT) + "/configuration?task_name=mine")
			.assertOk()
			.text("last_error_of_alter_table")).isEqualTo("disk full");
		this.api.post("/_emulator/jobs/" + job + "/fail", "{}").assertError(400, "EMULATOR.0400", "Invalid");
	}

	@Test
	void theManualClockMovesOnlyWhenAdvanced() {
		String before = this.api.get("/_emulator/clock").assertOk().text("now");
		assertThat(this.api.get("/_emulator/clock").assertOk().text("mode")).isEqualTo("manual");
		String job = create(ApiClient.PROJECT, "mine");
		ApiResponse advanced = this.api.post("/_emulator/clock/advance?seconds=2.5", null).assertOk();
		assertThat(java.time.Instant.parse(advanced.text("now")))
			.isEqualTo(java.time.Instant.parse(before).plusMillis(2500));
		assertThat(this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + job)
			.assertOk()
			.json()
			.at("/job/status")
			.asString()).isEqualTo("Completed");
		this.api.post("/_emulator/clock/advance?seconds=-1", null).assertError(400, "EMULATOR.0400", "Invalid");
		this.api.post("/_emulator/clock/advance", null).assertError(400, "EMULATOR.0400", "Invalid");
	}

	@Test
	void infoCountsWhatTheEmulatorHolds() {
		create(ApiClient.PROJECT, "mine");
		ApiResponse info = this.api.get("/_emulator/info").assertOk();
		assertThat(info.json().get("tasks").asInt()).isEqualTo(1);
		assertThat(info.json().get("jobs").asInt()).isEqualTo(1);
		assertThat(info.text("clock")).isEqualTo("manual");
		assertThat(info.text("auth_mode")).isEqualTo("lenient");
		assertThat(info.text("version")).isNotBlank();
		assertThat(info.json().get("uptime_seconds").isNumber()).isTrue();
	}

}
