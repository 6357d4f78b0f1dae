package io.github.taurusdbhtapmock.service.starrocks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import io.github.taurusdbhtapmock.service.topology.StarRocksInstanceScoped;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.service.starrocks.StarRocksApi.PROJECT;
import static io.github.taurusdbhtapmock.service.starrocks.StarRocksApi.SEEDED;
import static io.github.taurusdbhtapmock.service.starrocks.StarRocksApi.TAURUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of a StarRocks instance on the emulator's clock (jobs take 2 s): what it shows
 * while each operation runs, and after.
 */
class StarRocksLifecycleTest extends ManualClockEmulatorTest {

	private static final Duration JOB = Duration.ofSeconds(2);

	@Autowired
	private ForgottenInstances forgotten;

	private StarRocksApi starRocks;

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", null).assertOk();
		this.starRocks = new StarRocksApi(this.api);
		this.forgotten.calls.clear();
	}

	@Test
	void aCreatedInstanceIsListedCreatingAtOnceAndNormalWhenItsJobCompletes() {
		String[] created = this.starRocks.createSingle("tf_test_a");
		String id = created[0];

		JsonNode creating = this.starRocks.instance(id);
		assertThat(creating.get("status").asString()).isEqualTo("creating");
		assertThat(creating.get("name").asString()).isEqualTo("tf_test_a");
		assertThat(creating.get("cluster_mode").asString()).isEqualTo("Single");
		assertThat(nodeStatuses(creating)).containsOnly("creating").hasSize(2);
		assertThat(this.starRocks.job(created[1]).get("status").asString()).isEqualTo("Running");
		assertThat(this.starRocks.job(created[1]).get("name").asString()).isEqualTo("CreateStarrocksInstance");
		JsonNode listed = listed(id);
		assertThat(listed.at("/instance_state/instance_status").asString()).isEqualTo("creating");
		assertThat(listed.get("node_num").asInt()).isEqualTo(2);

		advance(JOB);

		assertThat(this.starRocks.job(created[1]).get("status").asString()).isEqualTo("Completed");
		JsonNode normal = this.starRocks.instance(id);
		assertThat(normal.get("status").asString()).isEqualTo("normal");
		assertThat(normal.get("actions")).isEmpty();
		assertThat(nodeStatuses(normal)).containsOnly("normal");
		assertThat(listed(id).at("/instance_state/instance_status").asString()).isEqualTo("normal");
	}

	@Test
	void theControlPlaneCompletesACreationAtOnce() {
		String[] created = this.starRocks.createSingle("cp_complete");

		this.api.post("/_emulator/jobs/" + created[1] + "/complete", null).assertOk();

		assertThat(this.starRocks.instance(created[0]).get("status").asString()).isEqualTo("normal");
	}

	@Test
	void aFailedCreationLeavesAnInstanceThatCanOnlyBeDeleted() {
		String[] created = this.starRocks.createSingle("cp_fail");

		this.api.post("/_emulator/jobs/" + created[1] + "/fail", "{\"fail_reason\":\"no capacity\"}").assertOk();

		JsonNode failed = this.starRocks.instance(created[0]);
		assertThat(failed.get("status").asString()).isEqualTo("createfail");
		assertThat(nodeStatuses(failed)).containsOnly("createfail");
		this.starRocks.restart(created[0]).assertError(400, "DBS.201014", "This operation is not allowed");
		String deletion = this.starRocks.delete(created[0]).assertOk().text("workflow_id");
		this.api.post("/_emulator/jobs/" + deletion + "/complete", null).assertOk();
		this.api.get(StarRocksApi.instancePath(created[0])).assertError(400, "DBS.05000044", "");
	}

	@Test
	void aRestartShowsOnTheInstanceAndRefusesASecondOperationWithARetryCode() {
		String job = this.starRocks.restart(SEEDED).assertOk().text("job_id");

		JsonNode restarting = this.starRocks.instance(SEEDED);
		assertThat(restarting.get("status").asString()).isEqualTo("restarting");
		assertThat(restarting.at("/actions/0/action").asString()).isEqualTo("restart");
		assertThat(restarting.at("/actions/0/job_id").asString()).isEqualTo(job);
		assertThat(listed(SEEDED).at("/current_actions/0/action").asString()).isEqualTo("restart");
		this.starRocks.restart(SEEDED).assertError(409, "DBS.212033", "Instance is currently being operated.");
		this.starRocks.securityGroup(SEEDED, "11111111-2222-3333-4444-555555555555")
			.assertError(409, "DBS.212033", "Instance is currently being operated.");

		advance(JOB);

		JsonNode normal = this.starRocks.instance(SEEDED);
		assertThat(normal.get("status").asString()).isEqualTo("normal");
		assertThat(normal.get("actions")).isEmpty();
		this.starRocks.restart(SEEDED).assertOk();
	}

	@Test
	void aNodeRestartShowsOnThatNodeOnly() {
		String nodeId = this.starRocks.nodes(SEEDED).assertOk().json().at("/node_list/0/node_id").asString();

		this.starRocks.restartNode(SEEDED, nodeId).assertOk();

		JsonNode instance = this.starRocks.instance(SEEDED);
		assertThat(instance.get("status").asString()).isEqualTo("normal");
		assertThat(instance.get("actions")).isEmpty();
		JsonNode node = node(instance, nodeId);
		assertThat(node.get("status").asString()).isEqualTo("restarting");
		assertThat(node.at("/actions/0/action").asString()).isEqualTo("restart");
		assertThat(nodeStatuses(instance)).filteredOn("restarting"::equals).hasSize(1);
		this.starRocks.restart(SEEDED).assertError(409, "DBS.212033", "");

		advance(JOB);

		assertThat(node(this.starRocks.instance(SEEDED), nodeId).get("status").asString()).isEqualTo("normal");
	}

	@Test
	void aResizeShowsResizeFlavorThenTheNodesRunTheNewFlavors() {
		String fe = this.starRocks.flavorId("gaussdb.sr-fe.2xlarge.x86.4", "3.1.6.0");
		String be = this.starRocks.flavorId("gaussdb.sr-be.2xlarge.x86.4", "3.1.6.0");

		this.starRocks.resize(SEEDED, "{\"fe_flavor_id\":\"%s\",\"be_flavor_id\":\"%s\"}".formatted(fe, be)).assertOk();

		JsonNode resizing = this.starRocks.instance(SEEDED);
		assertThat(resizing.at("/actions/0/action").asString()).isEqualTo("resize_flavor");
		assertThat(resizing.at("/groups/1/nodes/0/flavor_id").asString()).isNotEqualTo(be);

		advance(JOB);

		JsonNode resized = this.starRocks.instance(SEEDED);
		for (JsonNode group : resized.get("groups")) {
			String expected = group.get("group_node_type").asString().equals("fe") ? fe : be;
			for (JsonNode node : group.get("nodes")) {
				assertThat(node.get("flavor_id").asString()).isEqualTo(expected);
				assertThat(node.get("cpu").asString()).isEqualTo("8");
				assertThat(node.get("mem").asString()).isEqualTo("32");
				assertThat(node.get("flavor_ref").asString()).contains("2xlarge");
			}
		}
	}

	@Test
	void aSecurityGroupChangeShowsOnEveryNodeWhenDone() {
		String group = "11111111-2222-3333-4444-555555555555";

		this.starRocks.securityGroup(SEEDED, group).assertOk();
		assertThat(this.starRocks.instance(SEEDED).at("/actions/0/action").asString())
			.isEqualTo("modify_security_group");

		advance(JOB);

		JsonNode instance = this.starRocks.instance(SEEDED);
		assertThat(instance.get("status").asString()).isEqualTo("normal");
		for (JsonNode node : allNodes(instance)) {
			assertThat(node.get("sg_id").asString()).isEqualTo(group);
		}
		assertThat(listed(SEEDED).at("/network/security_group_id").asString()).isEqualTo(group);
	}

	@Test
	void anUpgradeInstallsTheNewestVersion() {
		assertThat(this.starRocks.instance(SEEDED).get("new_version_available").asBoolean()).isTrue();

		String job = this.starRocks.upgrade("{\"delay\":\"\",\"is_skip_validate\":\"true\"}").assertOk().text("job_id");
		assertThat(this.starRocks.instance(SEEDED).get("status").asString()).isEqualTo("upgrading");
		assertThat(this.starRocks.job(job).get("name").asString()).isEqualTo("UpgradeSrKernelVersion");

		advance(JOB);

		JsonNode upgraded = this.starRocks.instance(SEEDED);
		assertThat(upgraded.get("data_store_version").asString()).isEqualTo("3.3.8.0");
		assertThat(upgraded.get("new_version_available").asBoolean()).isFalse();
		assertThat(upgraded.at("/groups/0/nodes/0/datastore/version").asString()).isEqualTo("3.3.8.0");
		assertThat(listed(SEEDED).get("engine_version").asString()).isEqualTo("3.3.8");
		this.starRocks.upgrade("{\"delay\":false,\"is_skip_validate\":false}")
			.assertError(400, "DBS.201014", "This operation is not allowed");
	}

	@Test
	void aCompletedDeletionRemovesTheInstanceAndItsScopedState() {
		String[] created = this.starRocks.createSingle("to_delete");
		advance(JOB);

		String job = this.starRocks.delete(created[0]).assertOk().text("workflow_id");
		assertThat(this.starRocks.instance(created[0]).get("status").asString()).isEqualTo("deleting");
		assertThat(this.forgotten.calls).isEmpty();

		advance(JOB);

		this.api.get(StarRocksApi.instancePath(created[0])).assertError(400, "DBS.05000044", "");
		assertThat(this.starRocks.job(job).get("status").asString()).isEqualTo("Completed");
		assertThat(this.forgotten.calls).containsExactly(PROJECT + "/" + created[0]);
		this.starRocks.delete(created[0]).assertError(400, "DBS.05000044", "");
	}

	@Test
	void replicationWaitsForTheCreationAndThenWorksAsOnASeededInstance() {
		String[] created = this.starRocks.createSingle("repl_target");
		String replication = "/v3/" + PROJECT + "/instances/" + created[0] + "/starrocks/databases/replication";
		String body = """
				{"source_instance_id":"%s","source_database":"src_db","target_database":"tgt_new","task_name":"t_new"}"""
			.formatted(TAURUS);

		this.api.post(replication, body).assertError(400, "DBS.201014", "This operation is not allowed");
		advance(JOB);
		this.api.post(replication, body).assertOk();

		advance(JOB);
		// a deletion is refused while the instance holds tasks
		this.starRocks.delete(created[0]).assertError(400, "DBS.201014", "This operation is not allowed");
		assertThat(this.starRocks.delete(created[0]).errorMessage()).contains("tgt_new");
	}

	private JsonNode listed(String id) {
		JsonNode instances = this.api.get("/v3/" + PROJECT + "/instances/" + TAURUS + "/htap")
			.assertOk()
			.json()
			.get("instances");
		for (JsonNode instance : instances) {
			if (instance.get("id").asString().equals(id)) {
				return instance;
			}
		}
		throw new AssertionError("not listed: " + id);
	}

	static List<JsonNode> allNodes(JsonNode instance) {
		List<JsonNode> nodes = new ArrayList<>();
		for (JsonNode group : instance.get("groups")) {
			group.get("nodes").forEach(nodes::add);
		}
		return nodes;
	}

	static List<String> nodeStatuses(JsonNode instance) {
		return allNodes(instance).stream().map((node) -> node.get("status").asString()).toList();
	}

	private static JsonNode node(JsonNode instance, String nodeId) {
		return allNodes(instance).stream()
			.filter((node) -> node.get("id").asString().equals(nodeId))
			.findFirst()
			.orElseThrow();
	}

	/** Records which instances the emulator asked instance-scoped state to forget. */
	static class ForgottenInstances implements StarRocksInstanceScoped {

		final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		public void forgetInstance(String projectId, String instanceId) {
			this.calls.add(projectId + "/" + instanceId);
		}

	}

	@TestConfiguration
	static class Recording {

		@Bean
		ForgottenInstances forgottenInstances() {
			return new ForgottenInstances();
		}

	}

}
