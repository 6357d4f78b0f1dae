package io.github.taurusdbhtapmock.service.starrocks;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.context.TestPropertySource;

import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.service.starrocks.StarRocksApi.PROJECT;
import static io.github.taurusdbhtapmock.service.starrocks.StarRocksApi.SEEDED;
import static io.github.taurusdbhtapmock.service.starrocks.StarRocksApi.TAURUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every StarRocks instance operation over HTTP: its reply with the JSON types the SDK
 * reads, and each refusal it can answer. Jobs complete at once here.
 */
@TestPropertySource(properties = "emulator.limits.instances-per-project=4")
class StarRocksRequestsTest extends EmulatorTest {

	private static final String UNKNOWN_STARROCKS = "aaaabbbbccccddddeeeeffff00009999in17";

	private static final String UNKNOWN_TAURUS = "9999aaaa2222bbbb3333cccc4444ddddin07";

	private StarRocksApi starRocks;

	private String fe;

	private String be;

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", null).assertOk();
		this.starRocks = new StarRocksApi(this.api);
		this.fe = this.starRocks.flavorId("gaussdb.sr-fe.xlarge.x86.4", "3.1.6.0");
		this.be = this.starRocks.flavorId("gaussdb.sr-be.xlarge.x86.4", "3.1.6.0");
	}

	@Test
	void theJournalKeepsNoRootPassword() {
		this.starRocks.create(this.starRocks.body("journaled", "Single", 1, 1, this.fe, this.be)).assertOk();

		String journal = this.api.get("/_emulator/requests?operation=CreateStarrocksInstance&limit=1")
			.assertOk()
			.body();

		assertThat(journal).contains("journaled", "[redacted]").doesNotContain(StarRocksApi.PASSWORD);
	}

	@Test
	void aCreationAnswersTheInstanceAndAJobWithTheSdksTypes() {
		JsonNode json = this.starRocks.create(this.starRocks.body("tf_cluster", "Cluster", 3, 3, this.fe, this.be))
			.assertOk()
			.json();

		assertThat(json.propertyNames()).containsExactlyInAnyOrder("instance", "job_id");
		assertThat(json.get("job_id").isString()).isTrue();
		JsonNode instance = json.get("instance");
		assertThat(instance.get("id").asString()).matches("[0-9a-f]{32}in17");
		for (String field : List.of("id", "az_code", "az_mode", "name", "vpc_id", "security_group_id", "sub_net_id",
				"db_user", "ha_mode", "status", "region")) {
			assertThat(instance.get(field).isString()).as(field).isTrue();
		}
		assertThat(instance.get("port").isInt()).isTrue();
		assertThat(instance.get("enable_ssl").isBoolean()).isTrue();
		assertThat(instance.get("ha_mode").asString()).isEqualTo("Cluster");
		assertThat(instance.at("/engine/version").asString()).isEqualTo("3.1.6.0");
		assertThat(instance.at("/pay_info/pay_model").asString()).isEqualTo("0");
		assertThat(instance.at("/tags_info/sys_tags/0/key").asString()).isEqualTo("_sys_enterprise_project_id");

		// jobs take no time here: the instance is already normal, with 3 FE and 3 BE
		JsonNode shown = this.starRocks.instance(instance.get("id").asString());
		assertThat(shown.get("status").asString()).isEqualTo("normal");
		assertThat(shown.get("cluster_mode").asString()).isEqualTo("Cluster");
		assertThat(shown.get("time_zone").asString()).isEqualTo("UTC+08:00");
		assertThat(shown.get("az_mode").asString()).isEqualTo("single");
		assertThat(shown.at("/groups/0/nodes")).hasSize(3);
		assertThat(shown.at("/groups/1/nodes")).hasSize(3);
		assertThat(shown.at("/groups/0/nodes/0/flavor_id").asString()).isEqualTo(this.fe);
		assertThat(shown.at("/groups/1/nodes/0/flavor_id").asString()).isEqualTo(this.be);
		assertThat(shown.at("/groups/1/nodes/0/volume/type").asString()).isEqualTo("SSD");
		assertThat(shown.at("/groups/1/nodes/0/db_port").isInt()).isTrue();
	}

	@Test
	void theCreationEchoesZoneTimeZoneSecurityGroupAndVolumes() {
		String body = this.starRocks.body("essd_b", "Single", 1, 1, this.fe, this.be)
			.replace("\"az_code\":\"cn-north-4a\"",
					"\"az_code\":\"cn-north-4b\",\"time_zone\":\"UTC+01:00\","
							+ "\"security_group_id\":\"11111111-2222-3333-4444-555555555555\"")
			.replace("\"be_volume\":{\"io_type\":\"SSD\",\"capacity_in_gb\":50}",
					"\"be_volume\":{\"io_type\":\"ESSD\",\"capacity_in_gb\":200}");
		String id = this.starRocks.create(body).assertOk().json().at("/instance/id").asString();

		JsonNode shown = this.starRocks.instance(id);
		assertThat(shown.get("time_zone").asString()).isEqualTo("UTC+01:00");
		assertThat(shown.get("be_node_volume_code").asString()).isEqualTo("gaussdb.sr.evs.essd");
		assertThat(shown.get("be_node_volume_size").asString()).isEqualTo("200000000000");
		assertThat(shown.get("fe_node_volume_code").asString()).isEqualTo("gaussdb.sr.evs.ultrahighio");
		assertThat(shown.at("/groups/0/nodes/0/az_code").asString()).isEqualTo("cn-north-4b");
		assertThat(shown.at("/groups/0/nodes/0/sg_id").asString()).isEqualTo("11111111-2222-3333-4444-555555555555");
	}

	@Test
	void nameAndPasswordAreCheckedWithTheirOwnCodes() {
		this.starRocks.create(this.starRocks.singleBody("1bad"))
			.assertError(400, "DBS.280234", "Invalid DB instance name.");
		this.starRocks.create(this.starRocks.singleBody("abc")).assertError(400, "DBS.280234", "");
		this.starRocks.create(this.starRocks.singleBody("has space")).assertError(400, "DBS.280234", "");
		for (String weak : List.of("short1A", "alllowercase1", "ALLUPPER1", "Test@123456!\\u00e9", "Abcdefgh")) {
			this.starRocks.create(this.starRocks.singleBody("weak_pwd").replace(StarRocksApi.PASSWORD, weak))
				.assertError(400, "DBS.280203", "This is a weak password.");
		}
	}

	@Test
	void theCatalogueDecidesEngineVersionCountsFlavorsZonesAndVolumes() {
		String single = this.starRocks.singleBody("catalogue_x");
		this.starRocks.create(single.replace("\"type\":\"star-rocks\"", "\"type\":\"click-house\""))
			.assertError(400, "DBS.280235", "Invalid database type.");
		this.starRocks.create(single.replace("\"version\":\"3.1.6.0\"", "\"version\":\"9.9.9\""))
			.assertError(400, "DBS.280238", "The DB engine or version is not supported.");
		this.starRocks.create(single.replace("\"mode\":\"Single\"", "\"mode\":\"Triple\""))
			.assertError(400, "DBS.280001", "Parameter error.");
		this.starRocks.create(single.replace("\"be_count\":1", "\"be_count\":2"))
			.assertError(400, "DBS.280001", "Parameter error. be_count: 2 is out of range");
		this.starRocks.create(this.starRocks.body("cluster_x", "Cluster", 2, 3, this.fe, this.be))
			.assertError(400, "DBS.280001", "Parameter error. fe_count: 2");
		// a BE flavor named as the FE flavor
		this.starRocks.create(this.starRocks.body("swap_x", "Single", 1, 1, this.be, this.be))
			.assertError(400, "DBS.280001", "Parameter error. fe_flavor_id");
		// a flavor of the other version
		String newer = this.starRocks.flavorId("gaussdb.sr-fe.xlarge.x86.4", "3.3.8.0");
		this.starRocks.create(this.starRocks.body("ver_x", "Single", 1, 1, newer, this.be))
			.assertError(400, "DBS.280001", "Parameter error. fe_flavor_id");
		// 2xlarge is sold out in zone c
		String sold = this.starRocks.flavorId("gaussdb.sr-be.2xlarge.x86.4", "3.1.6.0");
		this.starRocks
			.create(this.starRocks.body("zone_c", "Single", 1, 1, this.fe, sold).replace("cn-north-4a", "cn-north-4c"))
			.assertError(400, "DBS.280001", "Parameter error. be_flavor_id");
		this.starRocks.create(single.replace("cn-north-4a", "cn-north-9z"))
			.assertError(400, "DBS.280001", "Parameter error. az_code");
		this.starRocks.create(single.replace("\"az_mode\":\"single\"", "\"az_mode\":\"multi\""))
			.assertError(400, "DBS.280001", "Parameter error. az_code");
		this.starRocks
			.create(single.replace("\"io_type\":\"SSD\",\"capacity_in_gb\":50}",
					"\"io_type\":\"HDD\",\"capacity_in_gb\":50}"))
			.assertError(400, "DBS.280001", "Parameter error. fe_volume.io_type");
		this.starRocks.create(single.replace("\"capacity_in_gb\":50}", "\"capacity_in_gb\":40}"))
			.assertError(400, "DBS.280001", "Parameter error. fe_volume.capacity_in_gb");
		this.starRocks.create(single.replace("\"capacity_in_gb\":50}", "\"capacity_in_gb\":55}"))
			.assertError(400, "DBS.280001", "Parameter error. fe_volume.capacity_in_gb");
		this.starRocks.create(single.replace("\"tags_info\"", "\"pay_info\":{\"pay_model\":\"1\"},\"tags_info\""))
			.assertError(400, "DBS.280001", "Parameter error. pay_info.pay_model");
		// nothing refused was created
		assertThat(this.api.get("/v3/" + PROJECT + "/instances/" + TAURUS + "/htap")
			.assertOk()
			.json()
			.get("total")
			.asInt()).isEqualTo(1);
	}

	@Test
	void wrongShapesAndTypesAreRefusedBeforeTheRules() {
		String single = this.starRocks.singleBody("shape_x");
		this.starRocks.create(single.replace("\"fe_count\":1", "\"fe_count\":\"1\""))
			.assertError(400, "DBS.280001", "Parameter error.");
		this.starRocks.create(single.replace("\"name\":\"shape_x\",", "")).assertError(400, "DBS.280001", "");
		this.starRocks.create(single.replace("\"az_mode\":\"single\"", "\"az_mode\":\"dual\""))
			.assertError(400, "DBS.280001", "");
		this.starRocks.create(single.replace("\"tags_info\"", "\"time_zone\":\"Europe/Paris\",\"tags_info\""))
			.assertError(400, "DBS.280001", "");
		this.starRocks.create("").assertError(400, "DBS.200006", "");
	}

	@Test
	void aCreationNeedsAKnownTaurusInstanceAndRoomInTheQuota() {
		this.api
			.post("/v3/" + PROJECT + "/instances/" + UNKNOWN_TAURUS + "/starrocks",
					this.starRocks.singleBody("no_taurus"))
			.assertError(400, "DBS.200022", "Instance not found.");
		// the demo project holds 2 instances; the quota here is 4
		this.starRocks.createSingle("quota_1");
		this.starRocks.createSingle("quota_2");
		this.starRocks.create(this.starRocks.singleBody("quota_3"))
			.assertError(413, "DBS.200046", "The number of DB instances has reached the quota.");
	}

	@Test
	void theResourceCheckAnswersAgainstTheCatalogueAndTheQuota() {
		String check = """
				{"action":"createInstance","resource":{"instance_num":%d,"mode":"Cluster","availability_zone_mode":"single",
				 "fe_node_num":3,"be_node_num":3,"fe_flavor_ref":"%s","be_flavor_ref":"gaussdb.sr-be.xlarge.x86.4",
				 "availability_zone":"%s"}}""";
		assertResult(check.formatted(2, "gaussdb.sr-fe.xlarge.x86.4", "cn-north-4a"), true);
		assertResult(check.formatted(3, "gaussdb.sr-fe.xlarge.x86.4", "cn-north-4a"), false);
		assertResult(check.formatted(1, this.fe, "cn-north-4a"), true);
		assertResult(check.formatted(1, "gaussdb.sr-fe.4xlarge.x86.4", "cn-north-4b"), false);
		assertResult(check.formatted(1, "no-such-flavor", "cn-north-4a"), false);
		assertResult(check.formatted(1, "gaussdb.sr-fe.xlarge.x86.4", "cn-north-4a")
			.replace("\"fe_node_num\":3", "\"fe_node_num\":1"), false);
		this.starRocks
			.resourceCheck(check.formatted(1, "gaussdb.sr-fe.xlarge.x86.4", "cn-north-4a")
				.replace("\"createInstance\"", "\"destroy\""))
			.assertError(400, "DBS.280001", "Parameter error. action");
		this.starRocks.resourceCheck(check.formatted(0, "x", "cn-north-4a")).assertError(400, "DBS.280001", "");
		this.starRocks.resourceCheck("{\"action\":\"createInstance\"}").assertError(400, "DBS.280001", "");
	}

	private void assertResult(String body, boolean expected) {
		JsonNode json = this.starRocks.resourceCheck(body).assertOk().json();
		assertThat(json.get("result").isBoolean()).isTrue();
		assertThat(json.get("result").asBoolean()).as(body).isEqualTo(expected);
	}

	@Test
	void restartsAnswerWorkflowIdAndJobId() {
		JsonNode restart = this.starRocks.restart(SEEDED).assertOk().json();
		assertThat(restart.propertyNames()).containsExactlyInAnyOrder("workflow_id", "job_id");
		assertThat(restart.get("workflow_id").asString()).isEqualTo(restart.get("job_id").asString());
		String node = this.starRocks.nodes(SEEDED).assertOk().json().at("/node_list/3/node_id").asString();
		JsonNode nodeRestart = this.starRocks.restartNode(SEEDED, node).assertOk().json();
		assertThat(nodeRestart.get("job_id").isString()).isTrue();

		this.starRocks.restart(UNKNOWN_STARROCKS).assertError(400, "DBS.200022", "Instance not found.");
		this.starRocks.restartNode(SEEDED, "00000000000000000000000000000000no17")
			.assertError(400, "DBS.280001", "Parameter error. StarRocks instance");
		this.starRocks.restartNode(SEEDED, "not-a-node-id").assertError(400, "DBS.280001", "");
		this.api.put(StarRocksApi.onInstance("bad-id", "/restart"), null).assertError(400, "DBS.280001", "");
	}

	@Test
	void listInstanceNodeListsFeThenBeWithStringFields() {
		JsonNode nodes = this.starRocks.nodes(SEEDED).assertOk().json().get("node_list");

		assertThat(nodes).hasSize(6);
		assertThat(nodes.findValuesAsString("role")).containsExactly("fe-leader", "fe-follower", "fe-follower", "be",
				"be", "be");
		for (JsonNode node : nodes) {
			for (String field : List.of("node_id", "node_name", "role", "status")) {
				assertThat(node.get(field).isString()).as(field).isTrue();
			}
		}
		this.starRocks.nodes(UNKNOWN_STARROCKS).assertError(400, "DBS.200022", "Instance not found.");
	}

	@Test
	void resizeRefusals() {
		this.starRocks.resize(SEEDED, "{}").assertError(400, "DBS.280001", "Parameter error. Give fe_flavor_id");
		this.starRocks.resize(SEEDED, "{\"fe_flavor_id\":\"%s\"}".formatted(this.fe))
			.assertError(400, "DBS.280001", "Parameter error. StarRocks instance");
		this.starRocks.resize(SEEDED, "{\"be_flavor_id\":\"%s\"}".formatted(this.fe))
			.assertError(400, "DBS.280001", "Parameter error. be_flavor_id");
		this.starRocks.resize(SEEDED, "{\"be_flavor_id\":42}").assertError(400, "DBS.280001", "");
		this.starRocks.resize(UNKNOWN_STARROCKS, "{\"be_flavor_id\":\"%s\"}".formatted(this.be))
			.assertError(400, "DBS.200022", "");
		String bigger = this.starRocks.flavorId("gaussdb.sr-be.2xlarge.x86.4", "3.1.6.0");
		assertThat(
				this.starRocks.resize(SEEDED, "{\"be_flavor_id\":\"%s\"}".formatted(bigger)).assertOk().text("job_id"))
			.isNotBlank();
	}

	@Test
	void securityGroupRefusals() {
		this.starRocks.securityGroup(SEEDED, "not-a-uuid").assertError(400, "DBS.280001", "");
		this.api.put(StarRocksApi.onInstance(SEEDED, "/security-group"), "{}").assertError(400, "DBS.280001", "");
		this.starRocks.securityGroup(UNKNOWN_STARROCKS, "11111111-2222-3333-4444-555555555555")
			.assertError(400, "DBS.200022", "");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"delay\":true,\"is_skip_validate\":false}",
			"{\"delay\":\"false\",\"is_skip_validate\":\"\"}" })
	void theUpgradeTakesBooleansOrTheirText(String body) {
		this.starRocks.upgrade(body).assertOk();
	}

	@Test
	void upgradeRefusals() {
		this.starRocks.upgrade("{\"delay\":1}").assertError(400, "DBS.280001", "");
		this.starRocks.upgrade("{\"delay\":\"yes\"}").assertError(400, "DBS.280001", "");
		this.api.post("/v3/" + PROJECT + "/instances/" + UNKNOWN_TAURUS + "/starrocks/db-upgrade", "{}")
			.assertError(400, "DBS.200022", "");
	}

	@Test
	void deleteRefusalsAndItsReply() {
		this.starRocks.delete(UNKNOWN_STARROCKS).assertError(400, "DBS.05000044", "");
		this.api.send("DELETE", "/v3/" + PROJECT + "/instances/" + UNKNOWN_TAURUS + "/starrocks/" + SEEDED, null)
			.assertError(400, "DBS.200022", "");
		String id = this.starRocks.createSingle("to_go")[0];
		JsonNode reply = this.starRocks.delete(id).assertOk().json();
		assertThat(reply.get("workflow_id").isString()).isTrue();
		this.starRocks.delete(id).assertError(400, "DBS.05000044", "");
	}

	@Test
	void refusalsSpeakTheRequestsLanguage() {
		this.api.withHeader("X-Language", "zh-cn")
			.post(StarRocksApi.instancesPath(), this.starRocks.singleBody("1bad"))
			.assertError(400, "DBS.280234", "实例名称非法。");
	}

}
