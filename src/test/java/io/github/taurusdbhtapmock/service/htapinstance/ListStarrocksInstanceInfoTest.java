package io.github.taurusdbhtapmock.service.htapinstance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiResponse;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.service.htapinstance.ListHtapInstanceInfoTest.assertStrings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ListStarrocksInstanceInfo: one StarRocks instance of a TaurusDB instance, with its FE
 * and BE nodes.
 */
class ListStarrocksInstanceInfoTest extends HtapTopologyTest {

	@Test
	void answersTheInstanceWithAnFeAndABeGroup() {
		JsonNode json = this.api.get(starRocksPath(PROJECT, TAURUS_A, LINKED_TO_A)).assertOk().json();

		assertThat(json.propertyNames()).containsExactly("instances");
		assertThat(json.get("instances")).hasSize(1);
		JsonNode instance = json.at("/instances/0");
		assertThat(instance.get("id").asString()).isEqualTo(LINKED_TO_A);
		assertThat(instance.get("name").asString()).isEqualTo("demo-starrocks");
		assertThat(instance.get("project_id").asString()).isEqualTo(PROJECT);
		assertThat(instance.get("status").asString()).isEqualTo("normal");
		assertThat(instance.get("cluster_mode").asString()).isEqualTo("Cluster");
		assertThat(instance.get("data_store_type").asString()).isEqualTo("star-rocks");
		JsonNode frontends = group(instance, "fe");
		JsonNode backends = group(instance, "be");
		assertThat(types(frontends)).containsExactly("fe-leader", "fe-follower", "fe-follower");
		assertThat(types(backends)).containsExactly("be", "be", "be");
		assertThat(frontends.get("group_type_name").asString()).isEqualTo("starrocks");
		assertThat(frontends.get("id").asString()).matches("[0-9a-f]{32}gr17");
		assertThat(backends.get("id").asString()).matches("[0-9a-f]{32}gr17")
			.isNotEqualTo(frontends.get("id").asString());
		// data_vip lists the FE addresses
		assertThat(instance.get("data_vip").asString()).isEqualTo(String.join(",", trafficIps(frontends)));
	}

	@Test
	void everyFieldHasTheTypeTheSdkReads() {
		JsonNode instance = this.api.get(starRocksPath(PROJECT, TAURUS_A, LINKED_TO_A))
			.assertOk()
			.json()
			.at("/instances/0");

		// the instance's db_port is a string, each node's a number; is_frozen is a number
		// here
		assertStrings(instance, "id", "name", "project_id", "public_ip", "data_vip", "cluster_mode", "status",
				"data_store_version_id", "data_store_version", "data_store_type", "db_port", "time_zone", "az_mode",
				"enterprise_project_id", "fe_node_volume_code", "be_node_volume_code", "fe_node_volume_size",
				"be_node_volume_size", "pay_model");
		assertThat(instance.get("db_port").asString()).isEqualTo("3306");
		assertThat(instance.get("is_frozen").isInt()).as("is_frozen is a number").isTrue();
		assertThat(instance.get("is_frozen").asInt()).isZero();
		for (String field : List.of("create_at", "update_at")) {
			assertThat(instance.get(field).isIntegralNumber()).as("%s is a number", field).isTrue();
		}
		for (String field : List.of("can_enable_public_access", "support_data_replication", "new_version_available",
				"ssl_option")) {
			assertThat(instance.get(field).isBoolean()).as("%s is a boolean", field).isTrue();
		}
		assertThat(instance.get("actions").isArray()).isTrue();
		assertThat(instance.at("/port_info/mysql_port").isInt()).isTrue();
		assertThat(instance.at("/port_info/mysql_port").asInt()).isEqualTo(3306);
		assertStrings(instance.get("ops_window"), "start_time", "end_time");
		assertThat(instance.at("/tags_info/tags").isArray()).isTrue();
		assertStrings(instance.at("/tags_info/sys_tags/0"), "key", "value");
		for (String field : List.of("frozen_time", "delete_at", "bak_keep_day", "bak_expected_start_time", "db_user")) {
			assertThat(instance.has(field)).as("%s is left out, never null", field).isFalse();
		}

		for (JsonNode group : instance.get("groups")) {
			assertStrings(group, "id", "name", "group_type_name", "group_node_type");
			for (JsonNode node : group.get("nodes")) {
				assertStrings(node, "id", "name", "type", "status", "cpu", "mem", "pay_model", "traffic_ip",
						"traffic_ipv6", "az_code", "az_description", "az_type", "region_code", "flavor_id",
						"flavor_ref", "iass_flavor_ref", "max_connections", "vpc_id", "subnet_id", "sg_id");
				assertThat(node.get("db_port").isInt()).as("node db_port is a number").isTrue();
				assertThat(node.get("db_port").asInt()).isEqualTo(3306);
				assertThat(node.get("priority").isInt()).isTrue();
				assertThat(node.get("frozen_flag").isInt()).isTrue();
				assertThat(node.get("create_at").isIntegralNumber()).isTrue();
				assertThat(node.get("update_at").isIntegralNumber()).isTrue();
				assertThat(node.get("need_restart").isBoolean()).isTrue();
				assertThat(node.get("actions").isArray()).isTrue();
				assertStrings(node.get("volume"), "type", "size");
				assertStrings(node.get("datastore"), "id", "type", "version");
			}
		}
	}

	@Test
	void nodeIdsAreWellFormedAndUnique() {
		Set<String> ids = new HashSet<>();
		for (String instanceId : List.of(LINKED_TO_A, UNLINKED)) {
			JsonNode instance = this.api.get(starRocksPath(PROJECT, TAURUS_A, instanceId))
				.assertOk()
				.json()
				.at("/instances/0");
			for (JsonNode group : instance.get("groups")) {
				for (JsonNode node : group.get("nodes")) {
					assertThat(node.get("id").asString()).matches("[0-9a-f]{32}no17");
					assertThat(ids.add(node.get("id").asString())).as("unique %s", node.get("id")).isTrue();
				}
			}
		}
		assertThat(ids).hasSize(6 + 8);
	}

	@Test
	void theBeGroupHasTheBeNodesOfTheSeed() {
		JsonNode unlinked = this.api.get(starRocksPath(PROJECT, TAURUS_A, UNLINKED))
			.assertOk()
			.json()
			.at("/instances/0");
		JsonNode single = this.api.get(starRocksPath(PROJECT, TAURUS_B, LINKED_TO_B))
			.assertOk()
			.json()
			.at("/instances/0");

		assertThat(types(group(unlinked, "be"))).hasSize(5).containsOnly("be");
		assertThat(types(group(unlinked, "fe"))).containsExactly("fe-leader", "fe-follower", "fe-follower");
		assertThat(single.get("cluster_mode").asString()).isEqualTo("Single");
		assertThat(types(group(single, "fe"))).containsExactly("fe-leader");
		assertThat(types(group(single, "be"))).containsExactly("be");
	}

	@Test
	void anUnlinkedInstanceIsFoundThroughEveryTaurusInstanceOfItsProject() {
		ApiResponse throughA = this.api.get(starRocksPath(PROJECT, TAURUS_A, UNLINKED)).assertOk();
		ApiResponse throughB = this.api.get(starRocksPath(PROJECT, TAURUS_B, UNLINKED)).assertOk();

		// the same instance, described the same way both times
		assertThat(throughB.json()).isEqualTo(throughA.json());
		assertThat(throughA.json().at("/instances/0/name").asString()).isEmpty();
		assertThat(throughA.json().at("/instances/0/groups/0/nodes/0/name").asString()).startsWith(UNLINKED);
	}

	@Test
	void agreesWithListHtapInstanceInfo() {
		JsonNode list = this.api.get(htapPath(PROJECT, TAURUS_A)).assertOk().json();

		for (JsonNode listed : list.get("instances")) {
			JsonNode instance = this.api.get(starRocksPath(PROJECT, TAURUS_A, listed.get("id").asString()))
				.assertOk()
				.json()
				.at("/instances/0");
			JsonNode frontends = group(instance, "fe");
			assertThat(instance.get("name")).isEqualTo(listed.get("name"));
			assertThat(instance.get("create_at")).isEqualTo(listed.get("create_at"));
			assertThat(instance.get("cluster_mode").asString()).isEqualTo(listed.get("ha_mode").asString());
			assertThat(frontends.get("nodes").size() + group(instance, "be").get("nodes").size())
				.isEqualTo(listed.get("node_num").asInt());
			// the list's data_vip is the FE leader's address
			assertThat(frontends.at("/nodes/0/type").asString()).isEqualTo("fe-leader");
			assertThat(frontends.at("/nodes/0/traffic_ip").asString()).isEqualTo(listed.get("data_vip").asString());
		}
	}

	@Test
	void anInstanceAttachedToAnotherTaurusInstanceDoesNotExistHere() {
		ApiResponse reply = this.api.get(starRocksPath(PROJECT, TAURUS_A, LINKED_TO_B))
			.assertError(400, "DBS.05000044", "The StarRocks instance does not exist.");

		assertThat(reply.errorMessage()).isEqualTo("The StarRocks instance does not exist. No StarRocks instance "
				+ LINKED_TO_B + " is attached to TaurusDB instance " + TAURUS_A + " in project " + PROJECT + ".");
	}

	@Test
	void anUnknownStarRocksInstanceDoesNotExist() {
		this.api.get(starRocksPath(PROJECT, TAURUS_A, UNKNOWN_STARROCKS))
			.assertError(400, "DBS.05000044", "The StarRocks instance does not exist.");
		this.api.withHeader("X-Language", "zh-cn")
			.get(starRocksPath(PROJECT, TAURUS_A, UNKNOWN_STARROCKS))
			.assertError(400, "DBS.05000044", "StarRocks实例不存在。");
		// another tenant's instance
		this.api.get(starRocksPath(OTHER_PROJECT, TAURUS_A, UNLINKED))
			.assertError(400, "DBS.05000044", "The StarRocks instance does not exist.");
	}

	@Test
	void theTaurusInstanceIsCheckedFirst() {
		ApiResponse reply = this.api.get(starRocksPath(PROJECT, UNKNOWN_TAURUS, UNKNOWN_STARROCKS))
			.assertError(400, "DBS.200022", "Instance not found.");

		assertThat(reply.errorMessage()).contains(UNKNOWN_TAURUS);
		this.api.get(starRocksPath(OTHER_PROJECT, TAURUS_B, LINKED_TO_B))
			.assertError(400, "DBS.200022", "Instance not found.");
	}

	@Test
	void aMalformedPathIsAParameterErrorNamingEverySegment() {
		this.api.get(starRocksPath(PROJECT, TAURUS_A, "not_an_instance"))
			.assertError(400, "DBS.280001", "Parameter error. starrocks_instance_id: must be a StarRocks instance ID");
		this.api.get(starRocksPath(PROJECT, LINKED_TO_A, LINKED_TO_A))
			.assertError(400, "DBS.280001", "Parameter error. instance_id: must be a TaurusDB instance ID");

		ApiResponse reply = this.api.get(starRocksPath("short", LINKED_TO_A, "x"))
			.assertError(400, "DBS.280001", "Parameter error.");

		assertThat(reply.errorMessage()).startsWith("Parameter error. instance_id: ")
			.contains("; project_id: must be 32 letters or digits; starrocks_instance_id: ");
	}

	@Test
	void credentialsAreRequired() {
		this.api.withHeader("X-Auth-Token", null)
			.get(starRocksPath(PROJECT, TAURUS_A, LINKED_TO_A))
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information");
	}

	/**
	 * DELETE on this path is DeleteStarrocksInstance (service/starrocks tests it): an
	 * instance attached to another TaurusDB instance is as unknown to it as to the GET,
	 * and stays. No other method is published here.
	 */
	@Test
	void theSamePathDeletesOnlyAnInstanceAttachedToTheTaurusInstance() {
		this.api.send("DELETE", starRocksPath(PROJECT, TAURUS_A, LINKED_TO_B), null)
			.assertError(400, "DBS.05000044", "The StarRocks instance does not exist.");
		this.api.get(starRocksPath(PROJECT, TAURUS_B, LINKED_TO_B)).assertOk();
		this.api.put(starRocksPath(PROJECT, TAURUS_A, LINKED_TO_A), "{}")
			.assertError(404, "APIGW.0101", "The API does not exist or has not been published in the environment.");
	}

	private static JsonNode group(JsonNode instance, String nodeType) {
		for (JsonNode group : instance.get("groups")) {
			if (group.get("group_node_type").asString().equals(nodeType)) {
				return group;
			}
		}
		throw new AssertionError("no " + nodeType + " group in " + instance);
	}

	private static List<String> types(JsonNode group) {
		List<String> types = new ArrayList<>();
		group.get("nodes").forEach((node) -> types.add(node.get("type").asString()));
		return types;
	}

	private static List<String> trafficIps(JsonNode group) {
		List<String> ips = new ArrayList<>();
		group.get("nodes").forEach((node) -> ips.add(node.get("traffic_ip").asString()));
		return ips;
	}

}
