package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/** ModifyDataSync: PUT .../replication. */
class ModifyDataSyncTest extends EmulatorTest {

	private static final String FULL_CONFIG = """
			"db_configs":[{"param_name":"binlog_expire_logs_seconds","value":"86400"},
			              {"param_name":"sync_commit_interval_ms","value":"5000"}],
			"tables_configs":[{"table_name":"t1","table_config":"order by id;replication_num=3"},
			                  {"table_name":"t2","table_config":"key columns id;distributed by (id) buckets 4"}],
			"table_repl_config":{"repl_type":"include_tables","repl_scope":"part","tables":["t1","t2"]}""";

	@Test
	void appliesTheConfigurationAndRoundTripsThroughTheQuery() {
		String task = createTask();
		ApiResponse reply = this.api.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\"," + FULL_CONFIG + "}")
			.assertOk();
		assertThat(reply.text("task_name")).isEqualTo(task);
		assertThat(reply.text("source_database_name")).isEqualTo("src_db");
		assertThat(reply.text("job_id")).isNotBlank();
		assertThat(reply.json().get("source_db_config_check_results").toString()).isEqualTo(
				"[{\"param_name\":\"binlog_expire_logs_seconds\",\"value\":\"86400\",\"check_result\":\"success\"},"
						+ "{\"param_name\":\"sync_commit_interval_ms\",\"value\":\"5000\",\"check_result\":\"success\"}]");
		assertThat(reply.json().get("tbl_config_check_results").toString()).isEqualTo(
				"[{\"table_name\":\"t1\",\"table_config\":\"order by id;replication_num=3\",\"check_result\":\"success\"},"
						+ "{\"table_name\":\"t2\",\"table_config\":\"key columns id;distributed by (id) buckets 4\",\"check_result\":\"success\"}]");

		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(configuration.json().at("/database_info/db_config_check_results"))
			.isEqualTo(reply.json().get("source_db_config_check_results"));
		assertThat(configuration.json().get("table_infos")).isEqualTo(reply.json().get("tbl_config_check_results"));
		assertThat(configuration.json().get("table_repl_config").toString())
			.isEqualTo("{\"repl_type\":\"include_tables\",\"repl_scope\":\"part\",\"tables\":[\"t1\",\"t2\"]}");
		assertThat(configuration.json().get("new_table_repl_config"))
			.isEqualTo(configuration.json().get("table_repl_config"));
		assertThat(configuration.json().get("is_tables_change").isBoolean()).isTrue();
		assertThat(configuration.json().get("is_tables_change").asBoolean()).isTrue();
	}

	@Test
	void aModifyThatKeepsTheTablesReportsNoTableChange() {
		String task = createTask();
		String body = "{\"task_name\":\"" + task + "\"," + FULL_CONFIG + "}";
		this.api.put(REPLICATION_PATH, body).assertOk();
		this.api.put(REPLICATION_PATH, body).assertOk();
		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(configuration.json().get("is_tables_change").asBoolean()).isFalse();
		assertThat(configuration.json().get("new_table_repl_config").toString()).isEqualTo("{}");
	}

	@Test
	void absentListsKeepTheirValueAndAnEmptyListClearsIt() {
		String task = createTask();
		this.api.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\"," + FULL_CONFIG + "}").assertOk();
		this.api.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\",\"db_configs\":[]}").assertOk();
		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(configuration.json().at("/database_info/db_config_check_results").size()).isZero();
		assertThat(configuration.json().get("table_infos").size()).isEqualTo(2);
	}

	@Test
	void aFailedCheckChangesNothingAndStartsNoJob() {
		String task = createTask();
		this.api.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\"," + FULL_CONFIG + "}").assertOk();
		String before = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk().body();

		ApiResponse reply = this.api.put(REPLICATION_PATH, """
				{"task_name":"%s",
				 "db_configs":[{"param_name":"sync_commit_interval_ms","value":"999"},
				               {"param_name":"max_binlog_size","value":"1"},
				               {"param_name":"snapshot_with_lock","value":"false"}],
				 "tables_configs":[{"table_name":"t1","table_config":"order by no_such_column"},
				                   {"table_name":"t2","table_config":"replication_num=4"},
				                   {"table_name":"missing","table_config":"order by id"},
				                   {"table_name":"orders","table_config":"order by id"}]}""".formatted(task))
			.assertOk();
		assertThat(reply.json().has("job_id")).isFalse();
		assertThat(reply.json().get("source_db_config_check_results").findValuesAsString("check_result"))
			.containsExactly("fail", "fail", "success");
		assertThat(reply.json().get("tbl_config_check_results").findValuesAsString("check_result"))
			.containsExactly("failed", "failed", "failed", "success");
		assertThat(this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk().body())
			.isEqualTo(before);
	}

	@Test
	void identifiesTheTaskByItsDatabasesWhenTheNameIsAbsent() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		this.api.post(REPLICATION_PATH, createBody(task, "sales", target)).assertOk();
		ApiResponse reply = this.api
			.put(REPLICATION_PATH,
					"""
							{"source_database_name":"sales","target_database_name":"%s","tables_configs":[{"table_name":"items","table_config":"order by name"}]}"""
						.formatted(target))
			.assertOk();
		assertThat(reply.text("task_name")).isEqualTo(task);
		assertThat(this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertOk()
			.json()
			.at("/table_infos/0/table_config")
			.asString()).isEqualTo("order by name");
	}

	@Test
	void withoutANameOrDatabasePairTheTaskCannotBeFound() {
		ApiResponse reply = this.api.put(REPLICATION_PATH, "{\"source_database_name\":\"src_db\"}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("task_name: is required");
	}

	@Test
	void unknownTaskIsTaskNotFound() {
		this.api.put(REPLICATION_PATH, "{\"task_name\":\"no_such_task\"}")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		this.api.put(REPLICATION_PATH, "{\"source_database_name\":\"src_db\",\"target_database_name\":\"nowhere\"}")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void theSourceAndDestinationOfATaskCannotBeChanged() {
		String task = createTask();
		ApiResponse reply = this.api
			.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\",\"source_database_name\":\"sales\"}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("source_database_name", "cannot be changed");
		this.api.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\",\"source_database_name\":\"src_db\"}")
			.assertOk();
	}

	@Test
	void refusesEnumsOutsideTheirValues() {
		String task = createTask();
		ApiResponse reply = this.api
			.put(REPLICATION_PATH,
					"""
							{"task_name":"%s","table_repl_config":{"repl_type":"custom_unknown","repl_scope":"some"},
							 "is_instance_level_sync":"yes","database_repl_scope":"most","is_support_reg_exp":"1"}"""
						.formatted(task))
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains(
				"table_repl_config.repl_type: must be include_tables or exclude_tables",
				"table_repl_config.repl_scope: must be all or part",
				"is_instance_level_sync: must be the string \"true\" or \"false\"",
				"database_repl_scope: must be all or part",
				"is_support_reg_exp: must be the string \"true\" or \"false\"");
	}

	@Test
	void aWhitelistOfPartOfTheTablesMustNameExistingTables() {
		String task = createTask();
		ApiResponse reply = this.api
			.put(REPLICATION_PATH,
					"""
							{"task_name":"%s","table_repl_config":{"repl_type":"include_tables","repl_scope":"part","tables":["t1","t9"]}}"""
						.formatted(task))
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("t9", "src_db");
		this.api
			.put(REPLICATION_PATH,
					"""
							{"task_name":"%s","table_repl_config":{"repl_type":"include_tables","repl_scope":"part","tables":[]}}"""
						.formatted(task))
			.assertError(400, "DBS.280001", "Parameter error.");
		// a blacklist may name tables that do not exist: excluding them is harmless
		this.api
			.put(REPLICATION_PATH,
					"""
							{"task_name":"%s","table_repl_config":{"repl_type":"exclude_tables","repl_scope":"part","tables":["t9"]}}"""
						.formatted(task))
			.assertOk();
	}

	@Test
	void wildcardsNeedIsSupportRegExp() {
		String task = createTask();
		String selection = "\"table_repl_config\":{\"repl_type\":\"include_tables\",\"repl_scope\":\"part\",\"tables\":[\"t?\"]}";
		ApiResponse refused = this.api.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\"," + selection + "}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(refused.errorMessage()).contains("is_support_reg_exp");
		this.api
			.put(REPLICATION_PATH, "{\"task_name\":\"" + task + "\",\"is_support_reg_exp\":\"true\"," + selection + "}")
			.assertOk();
		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(configuration.text("is_support_reg_exp")).isEqualTo("true");
		assertThat(configuration.json().at("/table_repl_config/tables/0").asString()).isEqualTo("t?");
	}

	@Test
	void aParameterOrTableNamedTwiceIsRefused() {
		String task = createTask();
		ApiResponse reply = this.api
			.put(REPLICATION_PATH,
					"""
							{"task_name":"%s","db_configs":[{"param_name":"sync_view","value":"true"},{"param_name":"sync_view","value":"false"}]}"""
						.formatted(task))
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("sync_view", "more than once");
		this.api
			.put(REPLICATION_PATH,
					"""
							{"task_name":"%s","tables_configs":[{"table_name":"t1","table_config":"order by id"},{"table_name":"t1","table_config":"order by name"}]}"""
						.formatted(task))
			.assertError(400, "DBS.280001", "Parameter error.");
	}

	@Test
	void instanceLevelSyncOfAllDatabasesUsesQualifiedTableNames() {
		String task = Names.unique("task");
		this.api
			.post(REPLICATION_PATH + "/table-config-check",
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"ALL",
							 "target_database_name":"%s","is_create_task":"true","is_instance_level_sync":"true","database_repl_scope":"all",
							 "tables_configs":[{"table_name":"sales.items","table_config":"order by price"}]}"""
						.formatted(task, DemoTopology.TAURUS_INSTANCE_ID, Names.unique("tgt")))
			.assertOk();
		ApiResponse reply = this.api
			.put(REPLICATION_PATH,
					"""
							{"task_name":"%s","tables_configs":[{"table_name":"src_db.orders","table_config":"order by status"}],
							 "table_repl_config":{"repl_type":"include_tables","repl_scope":"part","tables":["sales.items","src_db.orders"]}}"""
						.formatted(task))
			.assertOk();
		assertThat(reply.json().at("/tbl_config_check_results/0/check_result").asString()).isEqualTo("success");
		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(configuration.text("is_instance_level_sync")).isEqualTo("true");
		assertThat(configuration.text("database_repl_scope")).isEqualTo("all");
	}

	@Test
	void aNewSourceNodeMustBeAReadReplicaOfTheSource() {
		String task = createTask();
		ApiResponse reply = this.api
			.put(REPLICATION_PATH,
					"{\"task_name\":\"" + task + "\",\"source_node_id\":\"0000eeee6666ffff7777gggg8888hhhhno07\"}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("is not a read replica");
	}

}
