package io.github.taurusdbhtapmock.service.htapinstance;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiResponse;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ListHtapInstanceInfo: the StarRocks instances attached to a TaurusDB instance, with the
 * SDK's JSON types.
 */
class ListHtapInstanceInfoTest extends HtapTopologyTest {

	@Test
	void listsTheLinkedInstanceAndTheUnlinkedOneById() {
		JsonNode json = this.api.get(htapPath(PROJECT, TAURUS_A)).assertOk().json();

		assertThat(json.propertyNames()).containsExactlyInAnyOrder("total", "instances",
				"max_htap_instance_num_of_taurus");
		assertThat(ids(json)).containsExactly(LINKED_TO_A, UNLINKED);
		assertThat(json.get("total").isInt()).as("total is a JSON number").isTrue();
		assertThat(json.get("total").asInt()).isEqualTo(2);
		assertThat(json.get("max_htap_instance_num_of_taurus").isInt()).isTrue();
		assertThat(json.get("max_htap_instance_num_of_taurus").asInt()).isEqualTo(10);
	}

	@Test
	void anUnlinkedInstanceIsAttachedToEveryTaurusInstanceOfItsProject() {
		JsonNode json = this.api.get(htapPath(PROJECT, TAURUS_B)).assertOk().json();

		assertThat(ids(json)).containsExactly(LINKED_TO_B, UNLINKED);
	}

	@Test
	void aTaurusInstanceWithoutHtapInstancesHasAnEmptyList() {
		JsonNode json = this.api.get(htapPath(OTHER_PROJECT, TAURUS_WITHOUT_HTAP)).assertOk().json();

		assertThat(json.get("total").asInt()).isZero();
		assertThat(json.get("instances").isArray()).isTrue();
		assertThat(json.get("instances")).isEmpty();
	}

	@Test
	void tenantsSeeTheirOwnInstancesOnly() {
		JsonNode json = this.api.get(htapPath(OTHER_PROJECT, TAURUS_A)).assertOk().json();

		assertThat(ids(json)).containsExactly(LINKED_TO_A);
		assertThat(json.at("/instances/0/project_id").asString()).isEqualTo(OTHER_PROJECT);
	}

	@Test
	void everyFieldHasTheTypeTheSdkReads() {
		JsonNode instance = instance(this.api.get(htapPath(PROJECT, TAURUS_A)).assertOk().json(), LINKED_TO_A);

		assertStrings(instance, "id", "name", "engine_name", "engine_version", "project_id", "ha_mode", "pay_model",
				"alter_order_id", "data_vip", "volume_type", "server_type", "enterprise_project_id",
				"dedicated_resource_id");
		assertThat(instance.get("create_at").isIntegralNumber()).as("create_at is a number").isTrue();
		assertThat(instance.get("is_frozen").isBoolean()).as("is_frozen is a boolean").isTrue();
		assertThat(instance.get("port").isInt()).as("port is a number").isTrue();
		assertThat(instance.get("node_num").isInt()).as("node_num is a number").isTrue();
		for (String list : List.of("readable_node_infos", "proxy_ips", "available_zones", "current_actions")) {
			assertThat(instance.get(list).isArray()).as("%s is an array", list).isTrue();
		}
		assertStrings(instance.get("instance_state"), "instance_status");
		assertThat(instance.at("/instance_state/wait_restart_for_params").isBoolean()).isTrue();
		assertStrings(instance.get("network"), "vpc_id", "sub_net_id", "security_group_id");
		assertStrings(instance.at("/available_zones/0"), "code", "description", "az_type");
		// null in the examples: left out, never sent as null
		assertThat(instance.has("order_id")).isFalse();
		assertThat(instance.has("data_vip_v6")).isFalse();
		assertThat(instance.has("ch_master_node_id")).isFalse();
	}

	@Test
	void theValuesDescribeARunningStarRocksInstance() {
		JsonNode instance = instance(this.api.get(htapPath(PROJECT, TAURUS_A)).assertOk().json(), LINKED_TO_A);

		assertThat(instance.get("name").asString()).isEqualTo("demo-starrocks");
		assertThat(instance.get("project_id").asString()).isEqualTo(PROJECT);
		assertThat(instance.get("engine_name").asString()).isEqualTo("star-rocks");
		assertThat(instance.at("/instance_state/instance_status").asString()).isEqualTo("normal");
		assertThat(instance.get("is_frozen").asBoolean()).isFalse();
		assertThat(instance.get("pay_model").asString()).isEqualTo("0");
		assertThat(instance.get("port").asInt()).isEqualTo(3306);
		assertThat(instance.get("create_at").asLong()).isEqualTo(1_704_067_200_000L);
		assertThat(instance.get("data_vip").asString()).matches("10\\.\\d+\\.\\d+\\.\\d+");
		assertThat(instance.get("current_actions")).isEmpty();
		assertThat(instance.get("readable_node_infos")).isEmpty();
		assertThat(instance.get("proxy_ips")).isEmpty();
	}

	@Test
	void theModeAndNodeCountFollowTheBeNodesOfTheSeed() {
		JsonNode cluster = instance(this.api.get(htapPath(PROJECT, TAURUS_A)).assertOk().json(), LINKED_TO_A);
		JsonNode single = instance(this.api.get(htapPath(PROJECT, TAURUS_B)).assertOk().json(), LINKED_TO_B);
		JsonNode unlinked = instance(this.api.get(htapPath(PROJECT, TAURUS_B)).assertOk().json(), UNLINKED);

		// 3 FE (a leader and two followers) and 3 BE; 1 FE and 1 BE; 3 FE and 5 BE
		assertThat(cluster.get("ha_mode").asString()).isEqualTo("Cluster");
		assertThat(cluster.get("node_num").asInt()).isEqualTo(6);
		assertThat(single.get("ha_mode").asString()).isEqualTo("Single");
		assertThat(single.get("node_num").asInt()).isEqualTo(2);
		assertThat(unlinked.get("ha_mode").asString()).isEqualTo("Cluster");
		assertThat(unlinked.get("node_num").asInt()).isEqualTo(8);
		assertThat(unlinked.get("name").asString()).isEmpty();
	}

	@Test
	void anUnknownTaurusInstanceIsInstanceNotFound() {
		ApiResponse reply = this.api.get(htapPath(PROJECT, UNKNOWN_TAURUS))
			.assertError(400, "DBS.200022", "Instance not found.");
		assertThat(reply.errorMessage())
			.isEqualTo("Instance not found. No TaurusDB instance " + UNKNOWN_TAURUS + " in project " + PROJECT + ".");

		this.api.withHeader("X-Language", "zh-cn")
			.get(htapPath(PROJECT, UNKNOWN_TAURUS))
			.assertError(400, "DBS.200022", "实例不存在");
		this.api.get(htapPath(OTHER_PROJECT, TAURUS_B)).assertError(400, "DBS.200022", "Instance not found.");
	}

	@ParameterizedTest(name = "{0}/{1}")
	@CsvSource({ "short," + DemoTopology.TAURUS_INSTANCE_ID + ",project_id: must be 32 letters or digits",
			DemoTopology.PROJECT_ID + "," + DemoTopology.STARROCKS_INSTANCE_ID
					+ ",instance_id: must be a TaurusDB instance ID",
			DemoTopology.PROJECT_ID
					+ ",1111aaaa2222bbbb3333cccc4444ddddin0,instance_id: must be a TaurusDB instance ID" })
	void aMalformedPathIsAParameterError(String project, String instance, String detail) {
		this.api.get(htapPath(project, instance)).assertError(400, "DBS.280001", "Parameter error. " + detail);
	}

	@Test
	void credentialsAreRequired() {
		this.api.withHeader("X-Auth-Token", null)
			.get(htapPath(PROJECT, TAURUS_A))
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information");
	}

	@Test
	void onlyGetIsServed() {
		this.api.post(htapPath(PROJECT, TAURUS_A), "{}")
			.assertError(404, "APIGW.0101", "The API does not exist or has not been published in the environment.");
	}

	private static List<String> ids(JsonNode json) {
		List<String> ids = new ArrayList<>();
		json.get("instances").forEach((instance) -> ids.add(instance.get("id").asString()));
		return ids;
	}

	private static JsonNode instance(JsonNode json, String id) {
		for (JsonNode instance : json.get("instances")) {
			if (instance.get("id").asString().equals(id)) {
				return instance;
			}
		}
		throw new AssertionError("no instance " + id + " in " + json);
	}

	static void assertStrings(JsonNode object, String... fields) {
		for (String field : fields) {
			assertThat(object.get(field)).as("field %s of %s", field, object).isNotNull();
			assertThat(object.get(field).isString()).as("field %s of %s is a JSON string", field, object).isTrue();
		}
	}

}
