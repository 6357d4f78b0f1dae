package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/** CheckTableConfig: POST .../replication/table-config-check. */
class CheckTableConfigTest extends EmulatorTest {

	private static final String CHECK_PATH = REPLICATION_PATH + "/table-config-check";

	private static String registration(String task, String target, String tablesConfigs) {
		return """
				{"task_name":"%s","source_instance_id":"%s","source_node_id":"%s","source_database_name":"src_db",
				 "target_database_name":"%s","is_create_task":"true",
				 "db_configs":[{"param_name":"max_full_sync_task_threads_num","value":"2"}],
				 "tables_configs":%s,
				 "table_repl_config":{"repl_type":"exclude_tables","repl_scope":"part","tables":["t9"]}}"""
			.formatted(task, ApiClient.SOURCE_INSTANCE, ApiClient.READ_REPLICA, target, tablesConfigs);
	}

	@Test
	void registersATaskThatCreateThenStarts() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		ApiResponse reply = this.api
			.post(CHECK_PATH, registration(task, target, "[{\"table_name\":\"t1\",\"table_config\":\"order by id\"}]"))
			.assertOk();
		assertThat(reply.json().propertyNames()).containsExactlyInAnyOrder("source_database_name",
				"target_database_name", "tbl_config_check_results", "task_name");
		assertThat(reply.text("task_name")).isEqualTo(task);
		assertThat(reply.text("target_database_name")).isEqualTo(target);
		assertThat(reply.json().at("/tbl_config_check_results/0/check_result").asString()).isEqualTo("success");

		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(configuration.json().at("/database_info/db_config_check_results/0/param_name").asString())
			.isEqualTo("max_full_sync_task_threads_num");
		assertThat(configuration.json().get("table_repl_config").toString())
			.isEqualTo("{\"repl_type\":\"exclude_tables\",\"repl_scope\":\"part\",\"tables\":[\"t9\"]}");
		assertThat(configuration.json().get("is_tables_change").asBoolean()).isFalse();

		this.api.post(REPLICATION_PATH, createBody(task, "src_db", target)).assertOk().text("job_id");
		// once started, the name is taken
		this.api.post(REPLICATION_PATH, createBody(task, "src_db", target))
			.assertError(409, "DBS.280406", "Operation not allowed");
	}

	@Test
	void startingARegisteredTaskMustNameItsDatabases() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		this.api.post(CHECK_PATH, registration(task, target, "[]")).assertOk();
		ApiResponse reply = this.api.post(REPLICATION_PATH, createBody(task, "sales", target))
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("source_database", "src_db", "sales");
	}

	@Test
	void aFailedCheckRegistersNothing() {
		String task = Names.unique("task");
		ApiResponse reply = this.api.post(CHECK_PATH, registration(task, Names.unique("tgt"),
				"[{\"table_name\":\"t1\",\"table_config\":\"{}\"},{\"table_name\":\"t2\",\"table_config\":\"order by id\"}]"))
			.assertOk();
		assertThat(reply.json().get("tbl_config_check_results").findValuesAsString("check_result"))
			.containsExactly("failed", "success");
		this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void aFailedDbConfigCheckIsRefusedWithTheParameterNamed() {
		// the reply of CheckTableConfig has no field for db_configs results, so the
		// failure is an error
		String task = Names.unique("task");
		ApiResponse reply = this.api
			.post(CHECK_PATH,
					registration(task, Names.unique("tgt"), "[]").replace("\"value\":\"2\"", "\"value\":\"3\""))
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("max_full_sync_task_threads_num=3");
		this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void registeringNeedsTheWholeIdentity() {
		ApiResponse reply = this.api
			.post(CHECK_PATH,
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"src_db","is_create_task":"true"}"""
						.formatted(Names.unique("task"), ApiClient.SOURCE_INSTANCE))
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("target_database_name", "is_create_task");
	}

	@Test
	void registeringATakenNameIsAConflict() {
		String task = createTask();
		this.api.post(CHECK_PATH, registration(task, Names.unique("tgt"), "[]"))
			.assertError(409, "DBS.280406", "Operation not allowed");
	}

	@Test
	void registeringATakenNameIsAConflictEvenWhenTheChecksFail() {
		String task = createTask();
		this.api
			.post(CHECK_PATH,
					registration(task, Names.unique("tgt"), "[{\"table_name\":\"t1\",\"table_config\":\"{}\"}]"))
			.assertError(409, "DBS.280406", "Operation not allowed");
	}

	@Test
	void aPlainCheckStoresNothing() {
		String task = Names.unique("task");
		ApiResponse reply = this.api
			.post(CHECK_PATH,
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"sales","target_database_name":"x_y_z",
							 "tables_configs":[{"table_name":"orders","table_config":"data_model=duplicate key;key columns id, customer_id"},
							                   {"table_name":"customers","table_config":"partition by date_trunc('day', created_at)"},
							                   {"table_name":"items","table_config":"partition by date_trunc('day', stock_date)"}]}"""
						.formatted(task, ApiClient.SOURCE_INSTANCE))
			.assertOk();
		assertThat(reply.json().get("tbl_config_check_results").findValuesAsString("check_result"))
			.containsExactly("success", "success", "failed");
		assertThat(reply.text("task_name")).isEqualTo(task);
		this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void aPlainCheckOfAnExistingTaskUsesItsSourceDatabase() {
		String task = createTask();
		ApiResponse reply = this.api
			.post(CHECK_PATH,
					"""
							{"task_name":"%s","tables_configs":[{"table_name":"t2","table_config":"order by t1_id"}]}"""
						.formatted(task))
			.assertOk();
		assertThat(reply.text("source_database_name")).isEqualTo("src_db");
		assertThat(reply.json().at("/tbl_config_check_results/0/check_result").asString()).isEqualTo("success");
	}

	@Test
	void aPlainCheckWithNothingToCheckAgainstIsRefused() {
		this.api.post(CHECK_PATH, "{\"tables_configs\":[]}").assertError(400, "DBS.280001", "Parameter error.");
		this.api.post(CHECK_PATH, "{\"task_name\":\"no_such_task\"}")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void unknownInstanceIsInstanceNotFound() {
		this.api.post(CHECK_PATH.replace("aaaabbbb", "bbbbaaaa"), registration(Names.unique("task"), "t_x_y", "[]"))
			.assertError(400, "DBS.200022", "Instance not found.");
	}

}
