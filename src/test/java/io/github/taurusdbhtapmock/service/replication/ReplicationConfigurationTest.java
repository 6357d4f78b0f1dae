package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/** ListStarRocksDataReplicationConfig: GET .../replication/configuration?task_name=. */
class ReplicationConfigurationTest extends EmulatorTest {

	@Test
	void answersEveryDocumentedFieldWithItsJsonType() {
		String task = createTask();
		ApiResponse reply = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(reply.json().propertyNames()).contains("source_instance_id", "source_node_id", "database_info",
				"table_infos", "table_repl_config", "new_table_repl_config", "target_database_name", "is_tables_change",
				"last_error_of_alter_table");
		assertThat(reply.json().get("is_tables_change").isBoolean()).isTrue();
		assertThat(reply.json().get("table_infos").isArray()).isTrue();
		assertThat(reply.json().at("/database_info/db_config_check_results").isArray()).isTrue();
		assertThat(reply.json().at("/table_repl_config/tables").isArray()).isTrue();
		assertThat(reply.json().get("new_table_repl_config").isObject()).isTrue();
		assertThat(reply.text("last_error_of_alter_table")).isEmpty();
		assertThat(reply.body()).doesNotContain("null");
	}

	@Test
	void taskNameIsRequired() {
		ApiResponse reply = this.api.get(REPLICATION_PATH + "/configuration")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("task_name: is required");
	}

	@Test
	void taskNameMustBeWellFormed() {
		ApiResponse reply = this.api.get(REPLICATION_PATH + "/configuration?task_name=a%20b*c~d%2Fe%2Bf")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("task_name: must be 3 to 128 letters");
	}

	@Test
	void unknownTaskIsTaskNotFound() {
		ApiResponse reply = this.api.get(REPLICATION_PATH + "/configuration?task_name=no_such_task")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		assertThat(reply.errorMessage()).contains("no_such_task");
	}

	@Test
	void unknownInstanceIsInstanceNotFoundEvenForAKnownTaskName() {
		String task = createTask();
		this.api.get(REPLICATION_PATH.replace("aaaabbbb", "ccccdddd") + "/configuration?task_name=" + task)
			.assertError(400, "DBS.200022", "Instance not found.");
	}

	@Test
	void malformedPathIdsAreParameterErrors() {
		ApiResponse reply = this.api
			.get(REPLICATION_PATH.replace(DemoTopology.PROJECT_ID, "short").replace("in17", "in99")
					+ "/configuration?task_name=abc")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("project_id: must be 32 letters or digits",
				"instance_id: must be a StarRocks instance ID");
	}

}
