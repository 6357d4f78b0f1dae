package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example requests of the official API pages, sent as printed. Their placeholders
 * ("source_instance_id", "tableName") are not valid values, so each is answered with the
 * error a real client would get; each is then sent again with the demo topology's values
 * in place of the placeholders, and succeeds with a reply of the documented shape.
 */
class DocumentedExamplesTest extends EmulatorTest {

	private static final String CREATE_EXAMPLE = """
			{
			  "source_instance_id" : "source_instance_id",
			  "source_node_id" : "source_node_id",
			  "source_database" : "source_database",
			  "target_database" : "target_database",
			  "task_name" : "task_name"
			}""";

	private static final String DB_CONFIGS = """
			"db_configs" : [ {
			  "param_name" : "enable_chunk_level_dump",
			  "value" : "false"
			}, {
			  "param_name" : "snapshot_with_lock",
			  "value" : "true"
			}, {
			  "param_name" : "sync_commit_interval_ms",
			  "value" : "5000"
			}, {
			  "param_name" : "max_sync_commit_rows",
			  "value" : "500000"
			}, {
			  "param_name" : "max_sync_commit_bytes",
			  "value" : "268435456"
			}, {
			  "param_name" : "max_full_sync_task_threads_num",
			  "value" : "1"
			}, {
			  "param_name" : "max_rows_per_chunk",
			  "value" : "0"
			}, {
			  "param_name" : "max_bytes_per_chunk",
			  "value" : "268435456"
			}, {
			  "param_name" : "binlog_expire_logs_seconds",
			  "value" : "0"
			} ],""";

	private static final String MODIFY_EXAMPLE = """
			{
			  "source_database_name" : "source_database_name",
			  "target_database_name" : "target_database_name",
			%s
			  "table_repl_config" : {
			    "repl_type" : "include_tables",
			    "repl_scope" : "all",
			    "tables" : [ ]
			  },
			  "tables_configs" : {
			    "table_name" : "tableName",
			    "table_config" : "tableConfig"
			  },
			  "source_instance_id" : "source_instance_id",
			  "source_node_id" : "source_node_id"
			}""".formatted(DB_CONFIGS);

	private static final String CHECK_EXAMPLE = """
			{
			  "source_database_name" : "source_database_name",
			  "target_database_name" : "target_database_name",
			%s
			  "table_repl_config" : {
			    "repl_type" : "include_tables",
			    "repl_scope" : "all",
			    "tables" : [ ]
			  },
			  "tables_configs" : {
			    "table_name" : "tableName",
			    "table_config" : "tableConfig"
			  },
			  "source_instance_id" : "source_instance_id",
			  "is_create_task" : "true",
			  "source_node_id" : "source_node_id"
			}""".formatted(DB_CONFIGS);

	/** The placeholders of an example, replaced by values of the demo topology. */
	private static String withDemoValues(String example, String taskName, String target) {
		return example
			.replace("\"source_instance_id\" : \"source_instance_id\"",
					"\"source_instance_id\" : \"" + ApiClient.SOURCE_INSTANCE + "\"")
			.replace("\"source_node_id\" : \"source_node_id\"",
					"\"source_node_id\" : \"" + ApiClient.READ_REPLICA + "\"")
			.replace("\"source_database\" : \"source_database\"", "\"source_database\" : \"src_db\"")
			.replace("\"source_database_name\" : \"source_database_name\"", "\"source_database_name\" : \"src_db\"")
			.replace("\"target_database\" : \"target_database\"", "\"target_database\" : \"" + target + "\"")
			.replace("\"target_database_name\" : \"target_database_name\"",
					"\"target_database_name\" : \"" + target + "\"")
			.replace("\"task_name\" : \"task_name\"", "\"task_name\" : \"" + taskName + "\"")
			.replace("\"tables_configs\" : {", "\"tables_configs\" : [{")
			.replace("\"tableConfig\"\n  },", "\"order by id\"\n  }],")
			.replace("\"tableName\"", "\"t1\"");
	}

	@Test
	void createExampleAsPrinted() {
		ApiResponse reply = this.api.post(REPLICATION_PATH, CREATE_EXAMPLE)
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("source_instance_id: must be a TaurusDB instance ID",
				"source_node_id: must be a TaurusDB node ID");
	}

	@Test
	void createExampleWithDemoValues() {
		ApiResponse reply = this.api
			.post(REPLICATION_PATH, withDemoValues(CREATE_EXAMPLE, Names.unique("task"), Names.unique("tgt")))
			.assertOk();
		assertThat(reply.json().propertyNames()).containsExactly("job_id");
	}

	@Test
	void modifyExampleAsPrintedSendsTablesConfigsAsAnObject() {
		ApiResponse reply = this.api.put(REPLICATION_PATH, MODIFY_EXAMPLE)
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("tables_configs: must be a JSON array");
	}

	@Test
	void modifyExampleWithDemoValues() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		this.api.post(REPLICATION_PATH, withDemoValues(CREATE_EXAMPLE, task, target)).assertOk();
		// the example names the task by its databases, not by task_name
		ApiResponse reply = this.api.put(REPLICATION_PATH, withDemoValues(MODIFY_EXAMPLE, task, target)).assertOk();
		assertThat(reply.json().propertyNames()).containsExactlyInAnyOrder("source_database_name",
				"target_database_name", "job_id", "task_name", "tbl_config_check_results",
				"source_db_config_check_results");
		assertThat(reply.text("task_name")).isEqualTo(task);
		assertThat(reply.json().get("source_db_config_check_results")).hasSize(9);
		assertThat(reply.json().get("source_db_config_check_results").findValuesAsString("check_result"))
			.containsOnly("success");
		assertThat(reply.json().at("/tbl_config_check_results/0").toString())
			.isEqualTo("{\"table_name\":\"t1\",\"table_config\":\"order by id\",\"check_result\":\"success\"}");
	}

	@Test
	void checkExampleAsPrintedSendsTablesConfigsAsAnObject() {
		ApiResponse reply = this.api.post(REPLICATION_PATH + "/table-config-check", CHECK_EXAMPLE)
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("tables_configs: must be a JSON array");
	}

	@Test
	void checkExampleWithDemoValuesRegistersTheTask() {
		String task = Names.unique("task");
		String body = withDemoValues(CHECK_EXAMPLE, task, Names.unique("tgt")).replace("{\n",
				"{\n  \"task_name\" : \"" + task + "\",\n");
		ApiResponse reply = this.api.post(REPLICATION_PATH + "/table-config-check", body).assertOk();
		assertThat(reply.json().propertyNames()).containsExactlyInAnyOrder("source_database_name",
				"target_database_name", "task_name", "tbl_config_check_results");
		assertThat(reply.text("task_name")).isEqualTo(task);
		this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
	}

	@Test
	void queryExample() {
		this.api.get(REPLICATION_PATH + "/configuration?task_name=taskName")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		this.api.post(REPLICATION_PATH, createBody("taskName", "sales", Names.unique("tgt"))).assertOk();
		ApiResponse reply = this.api.get(REPLICATION_PATH + "/configuration?task_name=taskName").assertOk();
		assertThat(reply.json().propertyNames()).contains("source_instance_id", "target_database_name",
				"source_node_id", "database_info", "table_infos", "table_repl_config", "new_table_repl_config",
				"is_tables_change", "last_error_of_alter_table");
	}

}
