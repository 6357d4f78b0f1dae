package io.github.taurusdbhtapmock.admin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instances, replicas, databases and tables added at run time, and reset back to the
 * seed.
 */
class ControlPlaneTopologyTest extends ManualClockEmulatorTest {

	private static final String NEW_PROJECT = "99999999999999999999999999999999";

	private static final String NEW_STARROCKS = "ffffeeeeddddccccbbbbaaaa99998888in17";

	private static final String NEW_TAURUS = "9999aaaa2222bbbb3333cccc4444ddddin07";

	private static final String ADD_PROJECT = """
			{"projects":[{"id":"%s",
			  "starrocks_instances":[{"id":"%s","name":"added","be_nodes":1,"taurus_instance_id":"%s"}],
			  "taurus_instances":[{"id":"%s","read_replicas":["0000eeee6666ffff7777gggg8888hhhhno07"],
			    "databases":[{"name":"crm","tables":[{"name":"leads","columns":["id","owner"]}]}]}]}]}"""
		.formatted(NEW_PROJECT, NEW_STARROCKS, NEW_TAURUS, NEW_TAURUS);

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", null).assertOk();
	}

	private String newReplicationPath() {
		return ApiClient.REPLICATION_PATH.replace(ApiClient.PROJECT, NEW_PROJECT)
			.replace(ApiClient.INSTANCE, NEW_STARROCKS);
	}

	@Test
	void theSeededTopologyIsShownInTheSeedsShape() {
		ApiResponse topology = this.api.get("/_emulator/topology").assertOk();
		assertThat(topology.json().at("/projects/0/id").asString()).isEqualTo(ApiClient.PROJECT);
		assertThat(topology.json().at("/projects/0/starrocks_instances/0/be_nodes").asInt()).isEqualTo(3);
		assertThat(topology.json().at("/projects/0/taurus_instances/0/databases/0/name").asString()).isEqualTo("sales");
	}

	@Test
	void anAddedProjectIsUsableAtOnceAndGoneAfterAReset() {
		this.api.post("/_emulator/topology", ADD_PROJECT).assertOk();
		this.api
			.post(newReplicationPath(),
					"""
							{"source_instance_id":"%s","source_node_id":"0000eeee6666ffff7777gggg8888hhhhno07","source_database":"crm",
							 "target_database":"crm_ap","task_name":"crm_task"}"""
						.formatted(NEW_TAURUS))
			.assertOk();
		// one BE node: replication_num=2 cannot be satisfied
		ApiResponse check = this.api.post(newReplicationPath() + "/table-config-check",
				"""
						{"task_name":"crm_task","tables_configs":[{"table_name":"leads","table_config":"replication_num=2"}]}""")
			.assertOk();
		assertThat(check.json().at("/tbl_config_check_results/0/check_result").asString()).isEqualTo("failed");

		this.api.post("/_emulator/reset", null).assertOk();
		this.api.get(newReplicationPath()).assertError(400, "DBS.200022", "Instance not found.");
	}

	@Test
	void databasesAndTablesCanBeAddedToAKnownInstance() {
		this.api
			.post("/_emulator/topology",
					"""
							{"projects":[{"id":"%s","taurus_instances":[{"id":"%s",
							  "databases":[{"name":"src_db","tables":[{"name":"t3","columns":["id","label"]}]},
							               {"name":"extra_db","tables":[{"name":"notes","columns":["id"]}]}]}]}]}"""
						.formatted(ApiClient.PROJECT, ApiClient.SOURCE_INSTANCE))
			.assertOk();
		ApiResponse check = this.api
			.post(ApiClient.REPLICATION_PATH + "/table-config-check",
					"""
							{"source_instance_id":"%s","source_database_name":"src_db",
							 "tables_configs":[{"table_name":"t3","table_config":"order by label"},{"table_name":"t1","table_config":"order by name"}]}"""
						.formatted(ApiClient.SOURCE_INSTANCE))
			.assertOk();
		assertThat(check.json().get("tbl_config_check_results").findValuesAsString("check_result"))
			.containsExactly("success", "success");
		this.api
			.post(ApiClient.REPLICATION_PATH,
					"""
							{"source_instance_id":"%s","source_database":"extra_db","target_database":"extra_ap","task_name":"extra_task"}"""
						.formatted(ApiClient.SOURCE_INSTANCE))
			.assertOk();
	}

	@Test
	void anAdditionThatClashesOrIsMalformedChangesNothing() {
		String before = this.api.get("/_emulator/topology").assertOk().body();
		ApiResponse clash = this.api
			.post("/_emulator/topology",
					"""
							{"projects":[{"id":"%s","starrocks_instances":[{"id":"%s"}]},
							             {"id":"%s","starrocks_instances":[{"id":"%s"}]}]}""".formatted(NEW_PROJECT,
							NEW_STARROCKS, ApiClient.PROJECT, ApiClient.INSTANCE))
			.assertError(409, "EMULATOR.0409", "The control-plane request conflicts");
		assertThat(clash.errorMessage()).contains(ApiClient.INSTANCE);
		this.api
			.post("/_emulator/topology",
					"""
							{"projects":[{"id":"%s","taurus_instances":[{"id":"%s","databases":[{"name":"src_db","tables":[{"name":"t1"}]}]}]}]}"""
						.formatted(ApiClient.PROJECT, ApiClient.SOURCE_INSTANCE))
			.assertError(409, "EMULATOR.0409", "The control-plane request conflicts");
		ApiResponse unlinked = this.api
			.post("/_emulator/topology",
					"""
							{"projects":[{"id":"%s","starrocks_instances":[{"id":"%s","taurus_instance_id":"%s"}]}]}"""
						.formatted(NEW_PROJECT, NEW_STARROCKS, NEW_TAURUS))
			.assertError(409, "EMULATOR.0409", "The control-plane request conflicts");
		assertThat(unlinked.errorMessage()).contains("not an instance of project");
		ApiResponse malformed = this.api.post("/_emulator/topology", """
				{"projects":[{"id":"short","starrocks_instances":[{"id":"bad","be_nodes":0}]}]}""")
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.");
		assertThat(malformed.errorMessage()).contains("projects[0].id", "projects[0].starrocks_instances[0].id",
				"projects[0].starrocks_instances[0].be_nodes");
		this.api.post("/_emulator/topology", "{\"projects\":[{\"id\":7}]}")
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.");
		assertThat(this.api.get("/_emulator/topology").assertOk().body()).isEqualTo(before);
	}

}
