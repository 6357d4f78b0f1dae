package io.github.taurusdbhtapmock.service.dbuser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the Terraform provider does with database users and parameters, replayed over HTTP
 * with the emulator's default durations on a manual clock: the {@code starrocks_user}
 * resource (create, read, password change, permission change, delete, and the read that
 * finds it gone), the users sync and parameter steps of the instance resource with their
 * job polling, and the {@code parameters_compare} action. Each value the provider
 * type-asserts is checked for its JSON type.
 */
class TerraformUserFlowTest extends ManualClockEmulatorTest {

	private static final String USERS = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
			+ "/starrocks/users";

	private static final String CONFIGURATIONS = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
			+ "/starrocks/configurations";

	private static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

	private static final int MAX_POLLS = 180;

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", "").assertOk();
	}

	@Test
	void theStarRocksUserResource() {
		// create: dml and ddl as JSON numbers, result must be the string SUCCESS
		assertSuccess(this.api.post(USERS,
				"""
						{"user_name":"tf_user","password":"Test@12345678","databases":["sys","information_schema"],"dml":3,"ddl":1}"""));

		// read: limit 100, offset 0, the name unencoded; user_details[0] is the user
		JsonNode user = read("tf_user");
		assertThat(user).isNotNull();
		assertThat(user.get("user_name").isString()).isTrue();
		assertThat(strings(user.get("databases"))).containsExactly("sys", "information_schema");
		assertThat(user.get("dml").isNumber()).isTrue();
		assertThat(user.get("dml").asInt()).isEqualTo(3);
		assertThat(user.get("ddl").isNumber()).isTrue();
		assertThat(user.get("ddl").asInt()).isEqualTo(1);

		// update: the password, then only the changed privileges
		assertSuccess(this.api.put(USERS + "/password", "{\"user_name\":\"tf_user\",\"password\":\"Test@87654321\"}"));
		assertSuccess(this.api.put(USERS + "/permission",
				"{\"user_name\":\"tf_user\",\"databases\":[\"*\"],\"dml\":0,\"ddl\":0}"));
		user = read("tf_user");
		assertThat(strings(user.get("databases"))).containsExactly("*");
		assertThat(user.get("dml").asInt()).isZero();
		assertThat(user.get("ddl").asInt()).isZero();

		// delete: the name in the query, no body
		assertSuccess(this.api.send("DELETE", USERS + "?user_name=tf_user", null));

		// the next read finds an empty list: the provider removes the user from its state
		assertThat(read("tf_user")).as("gone").isNull();
	}

	@Test
	void theInstanceResourcesUsersSyncAndParametersThenParametersCompare() {
		// users sync: success must be a JSON boolean true; then the instance must be idle
		ApiResponse synced = this.api.post(USERS + "/sync", "{\"action\":\"startSyncTaurusAccount\"}").assertOk();
		assertThat(synced.json().get("success").isBoolean()).isTrue();
		assertThat(synced.json().get("success").asBoolean()).isTrue();
		advance(POLL_INTERVAL);
		assertInstanceIdle();

		// be first, then fe, each a job the provider waits for; the last restart_required
		// wins
		boolean restartRequired = changeAndWait("be",
				"{\"alter_tablet_worker_count\":\"1\",\"base_compaction_num_threads_per_disk\":\"1\"}");
		restartRequired = changeAndWait("fe",
				"{\"alter_table_timeout_second\":\"21600\",\"bdbje_heartbeat_timeout_second\":\"10\"}");
		assertThat(restartRequired).as("bdbje_heartbeat_timeout_second is static").isTrue();

		// the read pages with offset and no limit, until a page has fewer than 100 items
		List<JsonNode> be = readParameters("be");
		List<JsonNode> fe = readParameters("fe");
		assertThat(value(be, "alter_tablet_worker_count")).isEqualTo("1");
		assertThat(value(be, "base_compaction_num_threads_per_disk")).isEqualTo("1");
		assertThat(value(fe, "alter_table_timeout_second")).isEqualTo("21600");
		assertThat(value(fe, "bdbje_heartbeat_timeout_second")).isEqualTo("10");

		// db_root_pwd changes through the password operation with user root
		this.api.put(USERS + "/password", "{\"user_name\":\"root\",\"password\":\"Root@12345678\"}").assertOk();

		// parameters_compare with the instance's be_configurations[0].configuration_id
		String configurationId = this.api.get(CONFIGURATIONS + "?node_type=be&offset=0")
			.assertOk()
			.json()
			.get("configurations")
			.get("configuration_id")
			.asString();
		JsonNode differences = this.api
			.post("/v3/" + ApiClient.PROJECT + "/configurations/starrocks/comparison",
					"{\"source_configuration_id\":\"" + configurationId + "\"}")
			.assertOk()
			.json()
			.get("differences");
		assertThat(differences).hasSize(2);
		JsonNode first = differences.get(0);
		assertThat(first.get("parameter_name").asString()).isEqualTo("alter_tablet_worker_count");
		assertThat(first.get("source_value").isString()).isTrue();
		assertThat(first.get("source_value").asString()).isEqualTo("1");
		assertThat(first.get("target_value").isString()).isTrue();
		assertThat(first.get("target_value").asString()).isEqualTo("3");
	}

	private static void assertSuccess(ApiResponse reply) {
		reply.assertOk();
		assertThat(reply.json().get("result").isString()).isTrue();
		assertThat(reply.json().get("result").asString()).isEqualTo("SUCCESS");
	}

	/** The provider's read: user_details[0] of the filtered first page, or null. */
	private JsonNode read(String userName) {
		JsonNode details = this.api.get(USERS + "?limit=100&offset=0&user_name=" + userName)
			.assertOk()
			.json()
			.get("user_details");
		return details.isEmpty() ? null : details.get(0);
	}

	/** PUT, then the job wait: 10 s, then a poll every 10 s until Completed. */
	private boolean changeAndWait(String nodeType, String values) {
		JsonNode reply = this.api
			.put(CONFIGURATIONS, "{\"node_type\":\"" + nodeType + "\",\"parameter_values\":" + values + "}")
			.assertOk()
			.json();
		assertThat(reply.get("job_id").isString()).isTrue();
		assertThat(reply.get("restart_required").isBoolean()).isTrue();
		String jobId = reply.get("job_id").asString();
		for (int poll = 0; poll < MAX_POLLS; poll++) {
			advance(POLL_INTERVAL);
			String status = this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + jobId)
				.assertOk()
				.json()
				.get("job")
				.get("status")
				.asString();
			if (status.equals("Completed")) {
				return reply.get("restart_required").asBoolean();
			}
			assertThat(status).as("a status the provider keeps waiting on").isIn("Pending", "Running");
		}
		return fail("job " + jobId + " never completed");
	}

	private List<JsonNode> readParameters(String nodeType) {
		List<JsonNode> all = new ArrayList<>();
		while (true) {
			JsonNode page = this.api.get(CONFIGURATIONS + "?node_type=" + nodeType + "&offset=" + all.size())
				.assertOk()
				.json()
				.get("parameter_values");
			page.forEach(all::add);
			if (page.size() < 100) {
				return all;
			}
		}
	}

	/** The readiness predicate: status normal, no actions, every node normal. */
	private void assertInstanceIdle() {
		JsonNode instance = this.api
			.get("/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.SOURCE_INSTANCE + "/starrocks/"
					+ ApiClient.INSTANCE)
			.assertOk()
			.json()
			.get("instances")
			.get(0);
		assertThat(instance.get("status").asString()).isEqualTo("normal");
		assertThat(instance.get("actions")).isEmpty();
		for (JsonNode group : instance.get("groups")) {
			for (JsonNode node : group.get("nodes")) {
				assertThat(node.get("status").asString()).isEqualTo("normal");
				assertThat(node.get("actions")).isEmpty();
			}
		}
	}

	private static String value(List<JsonNode> parameters, String name) {
		return parameters.stream()
			.filter((parameter) -> parameter.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow()
			.get("value")
			.asString();
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach((item) -> {
			assertThat(item.isString()).isTrue();
			strings.add(item.asString());
		});
		return strings;
	}

}
