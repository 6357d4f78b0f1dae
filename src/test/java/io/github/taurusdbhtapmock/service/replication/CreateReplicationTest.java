package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/** CreateStarRocksDataReplication: POST .../replication. */
class CreateReplicationTest extends EmulatorTest {

	@Test
	void createsATaskAndAnswersAJobId() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		ApiResponse reply = this.api.post(REPLICATION_PATH, createBody(task, "src_db", target)).assertOk();
		assertThat(reply.text("job_id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(reply.json().propertyNames()).containsExactly("job_id");

		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(configuration.text("source_instance_id")).isEqualTo(ApiClient.SOURCE_INSTANCE);
		assertThat(configuration.text("source_node_id")).isEqualTo(ApiClient.READ_REPLICA);
		assertThat(configuration.text("target_database_name")).isEqualTo(target);
		assertThat(configuration.json().at("/database_info/database_name").asString()).isEqualTo("src_db");
	}

	@Test
	void everyCreateGetsItsOwnJobId() {
		String first = this.api.post(REPLICATION_PATH, createBody(Names.unique("task"), "src_db", Names.unique("tgt")))
			.assertOk()
			.text("job_id");
		String second = this.api.post(REPLICATION_PATH, createBody(Names.unique("task"), "sales", Names.unique("tgt")))
			.assertOk()
			.text("job_id");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void sourceNodeIdIsOptional() {
		String task = Names.unique("task");
		this.api
			.post(REPLICATION_PATH,
					"""
							{"source_instance_id":"%s","source_database":"sales","target_database":"%s","task_name":"%s"}"""
						.formatted(ApiClient.SOURCE_INSTANCE, Names.unique("tgt"), task))
			.assertOk();
		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		assertThat(configuration.json().has("source_node_id")).isFalse();
	}

	@Test
	void acceptsTheIn07SuffixForTheStarRocksInstanceThatSomePagesDocument() {
		String path = REPLICATION_PATH.replace("00001111in17", "00001111in07");
		this.api.post(path, createBody(Names.unique("task"), "src_db", Names.unique("tgt")))
			.assertError(400, "DBS.200022", "Instance not found.");
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = { "task_name|ab|task_name: must be 3 to 128 letters, digits or underscores",
			"task_name|bad-name|task_name: must be 3 to 128 letters, digits or underscores",
			"target_database|x y z|target_database: must be 3 to 128 letters, digits or underscores",
			"source_database|db|source_database: must be 3 to 1024 letters, digits or underscores",
			"source_instance_id|1111aaaa2222bbbb3333cccc4444dddin07|source_instance_id: must be a TaurusDB instance ID",
			"source_instance_id|" + DemoTopology.STARROCKS_INSTANCE_ID
					+ "|source_instance_id: must be a TaurusDB instance ID",
			"source_node_id|5555eeee6666ffff7777gggg8888hhhhin07|source_node_id: must be a TaurusDB node ID" })
	void refusesMalformedFields(String field, String value, String message) {
		String body = createBody(Names.unique("task"), "src_db", Names.unique("tgt"))
			.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":\"" + value + "\"");
		ApiResponse reply = this.api.post(REPLICATION_PATH, body).assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains(message);
	}

	@ParameterizedTest
	@CsvSource({ "source_instance_id", "source_database", "target_database", "task_name" })
	void refusesAMissingMandatoryField(String field) {
		String body = createBody(Names.unique("task"), "src_db", Names.unique("tgt"))
			.replaceFirst(",?\"" + field + "\":\"[^\"]*\"", "")
			.replace("{,", "{");
		ApiResponse reply = this.api.post(REPLICATION_PATH, body).assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains(field + ": is required");
	}

	@Test
	void namesEveryBadFieldAtOnce() {
		ApiResponse reply = this.api.post(REPLICATION_PATH, "{\"task_name\":\"x\"}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("source_database: is required", "source_instance_id: is required",
				"target_database: is required", "task_name: must be 3 to 128");
	}

	@Test
	void unknownStarRocksInstanceIsInstanceNotFound() {
		String path = REPLICATION_PATH.replace("aaaabbbb", "00000000");
		ApiResponse reply = this.api.post(path, createBody(Names.unique("task"), "src_db", Names.unique("tgt")))
			.assertError(400, "DBS.200022", "Instance not found.");
		assertThat(reply.errorMessage()).contains("00000000ccccddddeeeeffff00001111in17");
	}

	@Test
	void unknownSourceInstanceIsInstanceNotFound() {
		String body = createBody(Names.unique("task"), "src_db", Names.unique("tgt")).replace(ApiClient.SOURCE_INSTANCE,
				"9999aaaa2222bbbb3333cccc4444ddddin07");
		ApiResponse reply = this.api.post(REPLICATION_PATH, body).assertError(400, "DBS.200022", "Instance not found.");
		assertThat(reply.errorMessage()).contains("source_instance_id", "9999aaaa2222bbbb3333cccc4444ddddin07");
	}

	@Test
	void sourceNodeMustBeAReadReplicaOfTheSourceInstance() {
		String body = createBody(Names.unique("task"), "src_db", Names.unique("tgt")).replace(ApiClient.READ_REPLICA,
				"0000eeee6666ffff7777gggg8888hhhhno07");
		ApiResponse reply = this.api.post(REPLICATION_PATH, body).assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("source_node_id", "is not a read replica");
	}

	@Test
	void unknownSourceDatabaseIsDatabaseNotFound() {
		ApiResponse reply = this.api.post(REPLICATION_PATH, createBody(Names.unique("task"), "no_such_db", "tgt_x"))
			.assertError(400, "DBS.200823", "The database does not exist.");
		assertThat(reply.errorMessage()).contains("no_such_db");
	}

	@Test
	void aTaskNameCanBeUsedOnce() {
		String task = createTask();
		ApiResponse reply = this.api.post(REPLICATION_PATH, createBody(task, "sales", Names.unique("tgt")))
			.assertError(409, "DBS.280406", "Operation not allowed by the DB instance type or status.");
		assertThat(reply.errorMessage()).contains(task, "already exists");
	}

	@Test
	void aDestinationDatabaseIsWrittenByOneTask() {
		String target = Names.unique("tgt");
		String first = Names.unique("task");
		this.api.post(REPLICATION_PATH, createBody(first, "src_db", target)).assertOk();
		ApiResponse reply = this.api.post(REPLICATION_PATH, createBody(Names.unique("task"), "sales", target))
			.assertError(409, "DBS.200826", "The database name already exists.");
		assertThat(reply.errorMessage()).contains(target, first);
	}

	@Test
	void aRefusedCreateStoresNothing() {
		String task = Names.unique("task");
		this.api.post(REPLICATION_PATH, createBody(task, "no_such_db", Names.unique("tgt")))
			.assertError(400, "DBS.200823", "The database does not exist.");
		this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void errorsFollowXLanguage() {
		ApiClient chinese = this.api.withHeader("X-Language", "zh-cn");
		String path = REPLICATION_PATH.replace("aaaabbbb", "00000000");
		chinese.post(path, createBody(Names.unique("task"), "src_db", Names.unique("tgt")))
			.assertError(400, "DBS.200022", "实例不存在");
		ApiResponse reply = chinese.post(REPLICATION_PATH, "{\"task_name\":\"x\"}")
			.assertError(400, "DBS.280001", "参数错误。");
		assertThat(reply.errorMessage()).contains("task_name: 长度为3~128位", "source_database: 必填");
	}

}
