package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.Names;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quotas a tenant meets, each refused with the documented shape, a message naming the
 * limit and the setting that raises it, in English and Chinese, and nothing changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.jobs.duration=0s", "emulator.replication.full-sync-duration=0s",
				"emulator.limits.tasks-per-instance=3", "emulator.limits.tasks-per-project=5",
				"emulator.limits.instances-per-project=3" })
class TaskQuotaTest {

	private static final String OTHER_INSTANCE = "aaaabbbbccccddddeeeeffff00002222in17";

	private static final String OTHER_PATH = "/v3/" + ApiClient.PROJECT + "/instances/" + OTHER_INSTANCE
			+ "/starrocks/databases/replication";

	@LocalServerPort
	private int port;

	private ApiClient api;

	@BeforeEach
	void reset() {
		this.api = ApiClient.forPort(this.port);
		this.api.post("/_emulator/reset", "").assertOk();
	}

	@Test
	void anInstanceHoldsAtMostItsQuotaOfTasks() {
		for (int i = 0; i < 3; i++) {
			create(ApiClient.REPLICATION_PATH).assertOk();
		}
		String state = state();

		create(ApiClient.REPLICATION_PATH).assertError(413, "DBS.290003",
				"The number of synchronization tasks has reached the quota. StarRocks instance " + ApiClient.INSTANCE
						+ " may hold at most 3 synchronization tasks "
						+ "(emulator.limits.tasks-per-instance, env EMULATOR_LIMITS_TASKSPERINSTANCE)");
		ApiResponse chinese = this.api.withHeader("X-Language", "zh-cn")
			.post(ApiClient.REPLICATION_PATH, body(Names.unique("quota")))
			.assertError(413, "DBS.290003", "同步任务数量已达到配额。");
		assertThat(chinese.errorMessage()).contains("emulator.limits.tasks-per-instance", "最多可有 3 个同步任务");
		// a task registered by a configuration check counts as well
		this.api.post(ApiClient.REPLICATION_PATH + "/database-config-check",
				"{\"task_name\":\"%s\",\"source_instance_id\":\"%s\",\"source_database_name\":\"src_db\",\"target_database_name\":\"%s\"}"
					.formatted(Names.unique("reg"), ApiClient.SOURCE_INSTANCE, Names.unique("tgt")))
			.assertError(413, "DBS.290003", "The number of synchronization tasks has reached the quota.");
		assertThat(state()).as("a refusal changes nothing").isEqualTo(state);
	}

	@Test
	void aProjectHoldsAtMostItsQuotaOfTasksOverAllItsInstances() {
		addInstance(OTHER_INSTANCE).assertOk();
		for (int i = 0; i < 3; i++) {
			create(ApiClient.REPLICATION_PATH).assertOk();
		}
		create(OTHER_PATH).assertOk();
		create(OTHER_PATH).assertOk();
		String state = state();

		ApiResponse refused = create(OTHER_PATH).assertError(413, "DBS.290003",
				"The number of synchronization tasks has reached the quota. Project " + ApiClient.PROJECT
						+ " may hold at most 5 synchronization tasks over all its instances");
		assertThat(refused.errorMessage()).contains("emulator.limits.tasks-per-project",
				"EMULATOR_LIMITS_TASKSPERPROJECT");
		assertThat(state()).isEqualTo(state);

		// deleting a task makes room again
		String deleted = this.api.get(OTHER_PATH)
			.assertOk()
			.json()
			.get("replications")
			.get(0)
			.get("task_name")
			.asString();
		this.api.send("DELETE", OTHER_PATH, "{\"task_name\":\"" + deleted + "\"}").assertOk();
		create(OTHER_PATH).assertOk();
	}

	@Test
	void topologyAdditionsCountTowardsTheInstanceQuota() {
		addInstance(OTHER_INSTANCE).assertOk();
		String topology = this.api.get("/_emulator/topology").assertOk().body();

		ApiResponse refused = addInstance("aaaabbbbccccddddeeeeffff00003333in17").assertError(409, "EMULATOR.0409",
				"The control-plane request conflicts with the current state. Project " + ApiClient.PROJECT
						+ " may hold at most 3 instances");
		assertThat(refused.errorMessage()).contains("emulator.limits.instances-per-project",
				"EMULATOR_LIMITS_INSTANCESPERPROJECT");
		assertThat(this.api.withHeader("X-Language", "zh-cn")
			.post("/_emulator/topology", addition("aaaabbbbccccddddeeeeffff00003333in17"))
			.assertError(409, "EMULATOR.0409", "控制面请求与当前状态冲突。")
			.errorMessage()).contains("最多可有 3 个实例", "emulator.limits.instances-per-project");
		assertThat(this.api.get("/_emulator/topology").assertOk().body()).isEqualTo(topology);
	}

	@Test
	void anImportBeyondAQuotaIsRefusedWhole() {
		for (int i = 0; i < 3; i++) {
			create(ApiClient.REPLICATION_PATH).assertOk();
		}
		String full = state();
		this.api.post("/_emulator/reset", "").assertOk();
		create(ApiClient.REPLICATION_PATH).assertOk();
		String before = state();
		// a fourth task on the instance, by renaming one of the three
		String over = full.replaceFirst("\"tasks\":\\[", "\"tasks\":[" + firstTask(full) + ",");

		ApiResponse refused = this.api.put("/_emulator/state", over)
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request. StarRocks instance " + ApiClient.INSTANCE
					+ " may hold at most 3 synchronization tasks");
		assertThat(refused.errorMessage()).contains("emulator.limits.tasks-per-instance");
		assertThat(state()).isEqualTo(before);
		this.api.put("/_emulator/state", full).assertOk();
	}

	/** The first task of an exported state, renamed so that it is a new task. */
	private static String firstTask(String state) {
		int start = state.indexOf("\"tasks\":[") + "\"tasks\":[".length();
		int depth = 0;
		int end = start;
		do {
			char c = state.charAt(end++);
			depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
		}
		while (depth > 0);
		String task = state.substring(start, end);
		String name = task.replaceFirst(".*\"task_name\":\"([^\"]+)\".*", "$1");
		String target = task.replaceFirst(".*\"target_database_name\":\"([^\"]+)\".*", "$1");
		return task.replace("\"" + name + "\"", "\"" + name + "x\"")
			.replace("\"" + target + "\"", "\"" + target + "x\"");
	}

	private ApiResponse create(String path) {
		return this.api.post(path, body(Names.unique("quota")));
	}

	private static String body(String name) {
		return """
				{"source_instance_id":"%s","source_database":"src_db","target_database":"%s","task_name":"%s"}"""
			.formatted(ApiClient.SOURCE_INSTANCE, name + "_t", name);
	}

	private ApiResponse addInstance(String id) {
		return this.api.post("/_emulator/topology", addition(id));
	}

	private static String addition(String id) {
		return """
				{"projects":[{"id":"%s","starrocks_instances":[{"id":"%s","name":"more","be_nodes":3}]}]}"""
			.formatted(ApiClient.PROJECT, id);
	}

	private String state() {
		return this.api.get("/_emulator/state").assertOk().body();
	}

}
