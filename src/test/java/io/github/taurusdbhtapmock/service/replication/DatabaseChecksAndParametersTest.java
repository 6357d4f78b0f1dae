package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CheckDataBaseConfig, ListStarRocksDataReplicationConfigByDataBase and
 * ListStarRocksDbParameters.
 */
class DatabaseChecksAndParametersTest extends EmulatorTest {

	private static final String CHECK_PATH = REPLICATION_PATH + "/database-config-check";

	private static final String DB_CONFIGS = """
			"db_configs":[{"param_name":"enable_chunk_level_dump","value":"false"},
			              {"param_name":"sync_commit_interval_ms","value":"100"},
			              {"param_name":"no_such_param","value":"1"}]""";

	@Test
	void aPlainCheckReportsEveryParameterAndStoresNothing() {
		ApiResponse reply = this.api.post(CHECK_PATH, "{" + DB_CONFIGS + "}").assertOk();
		assertThat(reply.json().propertyNames()).contains("source_db_config_check_results",
				"target_db_config_check_results", "target_database_name");
		assertThat(reply.json().get("source_db_config_check_results").findValuesAsString("check_result"))
			.containsExactly("success", "fail", "fail");
		assertThat(reply.json().get("target_db_config_check_results")).isEmpty();
	}

	@Test
	void withATaskNameAndPassingChecksItRegistersTheTask() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		ApiResponse reply = this.api
			.post(CHECK_PATH,
					"""
							{"task_name":"%s","source_instance_id":"%s","source_node_id":"%s","source_database_name":"sales",
							 "target_database_name":"%s","is_instance_level_sync":"false","database_repl_scope":"part",
							 "db_configs":[{"param_name":"snapshot_with_lock","value":"false"}],
							 "table_repl_config":{"repl_type":"include_tables","repl_scope":"part","tables":["orders","items"]}}"""
						.formatted(task, ApiClient.SOURCE_INSTANCE, ApiClient.READ_REPLICA, target))
			.assertOk();
		assertThat(reply.text("task_name")).isEqualTo(task);
		assertThat(reply.text("source_database_name")).isEqualTo("sales");
		assertThat(reply.text("target_database_name")).isEqualTo(target);

		ApiResponse byDatabase = this.api.get(REPLICATION_PATH + "/configuration/" + target).assertOk();
		assertThat(byDatabase.body())
			.isEqualTo(this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk().body());
		assertThat(byDatabase.json().at("/table_repl_config/tables").toString()).isEqualTo("[\"orders\",\"items\"]");
		assertThat(byDatabase.json().at("/database_info/db_config_check_results/0/value").asString())
			.isEqualTo("false");
		assertThat(byDatabase.text("source_node_id")).isEqualTo(ApiClient.READ_REPLICA);
	}

	@Test
	void withATaskNameAndAFailingCheckNothingIsRegistered() {
		String task = Names.unique("task");
		ApiResponse reply = this.api
			.post(CHECK_PATH,
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"sales","target_database_name":"%s",%s}"""
						.formatted(task, ApiClient.SOURCE_INSTANCE, Names.unique("tgt"), DB_CONFIGS))
			.assertOk();
		assertThat(reply.json().get("source_db_config_check_results").findValuesAsString("check_result"))
			.contains("fail");
		this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void registeringChecksTheSourceAndTheName() {
		String taken = createTask();
		this.api
			.post(CHECK_PATH,
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"sales","target_database_name":"%s"}"""
						.formatted(taken, ApiClient.SOURCE_INSTANCE, Names.unique("tgt")))
			.assertError(409, "DBS.280406", "Operation not allowed");
		this.api
			.post(CHECK_PATH,
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"nope","target_database_name":"%s"}"""
						.formatted(Names.unique("task"), ApiClient.SOURCE_INSTANCE, Names.unique("tgt")))
			.assertError(400, "DBS.200823", "The database does not exist.");
		ApiResponse incomplete = this.api.post(CHECK_PATH, "{\"task_name\":\"" + Names.unique("task") + "\"}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(incomplete.errorMessage()).contains("source_instance_id");
	}

	@Test
	void instanceLevelSyncOfAllDatabasesCanBeRegisteredAndStarted() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		this.api
			.post(CHECK_PATH,
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"ALL","target_database_name":"%s",
							 "is_instance_level_sync":"true","database_repl_scope":"all"}"""
						.formatted(task, ApiClient.SOURCE_INSTANCE, target))
			.assertOk();
		this.api.post(REPLICATION_PATH, createBody(task, "ALL", target)).assertOk();
		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(configuration.text("is_instance_level_sync")).isEqualTo("true");
		// StarRocks holds a database of each source database's name, not one called ALL
		ApiResponse databases = this.api.get(REPLICATION_PATH.replace("/replication", "") + "?limit=100").assertOk();
		assertThat(databases.json().get("databases").toString()).contains("\"src_db\"", "\"sales\"")
			.doesNotContain("\"ALL\"");
	}

	@Test
	void startingARegisteredTaskKeepsTheNodeItNames() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		this.api
			.post(CHECK_PATH,
					"""
							{"task_name":"%s","source_instance_id":"%s","source_database_name":"sales","target_database_name":"%s"}"""
						.formatted(task, ApiClient.SOURCE_INSTANCE, target))
			.assertOk();
		this.api.post(REPLICATION_PATH, createBody(task, "sales", target)).assertOk();
		assertThat(
				this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk().text("source_node_id"))
			.isEqualTo(ApiClient.READ_REPLICA);
	}

	@Test
	void configurationByDatabaseNeedsAWellFormedKnownDatabase() {
		this.api.get(REPLICATION_PATH + "/configuration/no_such_db")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		ApiResponse malformed = this.api.get(REPLICATION_PATH + "/configuration/ab")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(malformed.errorMessage()).contains("database: must be 3 to 128");
	}

	@Test
	void theParameterCatalogueIsAllStringsInTheRequestLanguage() {
		ApiResponse english = this.api.get(REPLICATION_PATH + "/database-parameters").assertOk();
		JsonNode parameters = english.json().get("db_parameters");
		assertThat(parameters).hasSize(13);
		for (JsonNode parameter : parameters) {
			assertThat(parameter.propertyNames()).containsExactlyInAnyOrder("param_name", "data_type", "default_value",
					"value_range", "description", "is_modifiable");
			parameter.properties()
				.forEach((field) -> assertThat(field.getValue().isString()).as(field.getKey()).isTrue());
			assertThat(parameter.get("is_modifiable").asString()).isEqualTo("true");
		}
		assertThat(parameters.get(2).toString()).isEqualTo("{\"param_name\":\"sync_commit_interval_ms\","
				+ "\"data_type\":\"Integer\",\"default_value\":\"5000\",\"value_range\":\"1000-60000\","
				+ "\"description\":\"Batch commit timeout in milliseconds: data is committed on timeout or when the buffer is full.\","
				+ "\"is_modifiable\":\"true\"}");
		ApiResponse chinese = this.api.withHeader("X-Language", "zh-cn")
			.get(REPLICATION_PATH + "/database-parameters")
			.assertOk();
		assertThat(chinese.json().at("/db_parameters/0/description").asString()).isEqualTo("是否启用分片复制");
	}

	@Test
	void inTheSubTaskScenarioInstanceWideParametersAreNotModifiable() {
		String main = createTask();
		ApiResponse reply = this.api
			.get(REPLICATION_PATH + "/database-parameters?add_task_scenario=add_sub_task&main_task_name=" + main)
			.assertOk();
		assertThat(reply.json().get("db_parameters").findValuesAsString("is_modifiable")).contains("true", "false");
		for (JsonNode parameter : reply.json().get("db_parameters")) {
			if (parameter.get("param_name").asString().equals("binlog_expire_logs_seconds")) {
				assertThat(parameter.get("is_modifiable").asString()).isEqualTo("false");
			}
		}
		this.api
			.get(REPLICATION_PATH + "/database-parameters?add_task_scenario=add_sub_task&main_task_name=no_such_task")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

}
