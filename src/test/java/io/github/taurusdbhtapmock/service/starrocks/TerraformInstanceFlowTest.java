package io.github.taurusdbhtapmock.service.starrocks;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Terraform provider's huaweicloud_taurusdb_htap_starrocks_instance, replayed over
 * HTTP on the emulator's clock (jobs take 2 s): create, the job poller (10 s delay, then
 * every 10 s), the readiness predicate (terraform-htap-flows.md §2.3, §2.4), the users
 * sync, parameters, restart, slow-log masking and query queue calls that follow a create,
 * and their reads, an update (security group, resize, restart with the 409 retry of §2.5)
 * and the deletion with its CheckDestroy.
 */
class TerraformInstanceFlowTest extends ManualClockEmulatorTest {

	private static final Duration POLL = Duration.ofSeconds(10);

	/** The "another operation" codes the provider retries on a 409. */
	private static final Set<String> RETRY_CODES = Set.of("DBS.200019", "DBS.201014", "DBS.201015", "DBS.200047",
			"DBS.05000084", "DBS.212033");

	private StarRocksApi starRocks;

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", null).assertOk();
		this.starRocks = new StarRocksApi(this.api);
	}

	@Test
	void createUpdateAndDestroyAnInstance() {
		String fe = this.starRocks.flavorId("gaussdb.sr-fe.xlarge.x86.4", "3.1.6.0");
		String be = this.starRocks.flavorId("gaussdb.sr-be.xlarge.x86.4", "3.1.6.0");
		JsonNode created = this.starRocks.create(this.starRocks.body("tf_test_flow", "Cluster", 3, 3, fe, be))
			.assertOk()
			.json();
		// the create fails without either; both are read as strings
		String id = created.at("/instance/id").asString();
		String createJob = created.get("job_id").asString();
		assertThat(created.at("/instance/id").isString()).isTrue();
		assertThat(created.get("job_id").isString()).isTrue();

		waitForJob(createJob);
		waitNormal(id);
		JsonNode read = this.starRocks.instance(id);
		assertThat(read.get("name").asString()).isEqualTo("tf_test_flow");
		assertThat(read.get("cluster_mode").asString()).isEqualTo("Cluster");
		assertThat(read.get("data_store_version").asString()).startsWith("3.1.6");
		assertThat(read.get("db_port").asString()).isEqualTo("3306");
		assertThat(read.get("users_sync_switch_on").isBoolean()).isTrue();

		// the rest of the create, in the provider's order (terraform-htap-flows.md §1):
		// users sync, FE and BE parameters, a restart for them, slow-log masking, the
		// query queue switch and its rule; then the read of each
		String base = "/v3/" + ApiClient.PROJECT + "/instances/" + id;
		JsonNode synced = retryOn409(id,
				() -> this.api.post(base + "/starrocks/users/sync", "{\"action\":\"startSyncTaurusAccount\"}"))
			.json();
		assertThat(synced.get("success").asBoolean()).isTrue();
		waitNormal(id);
		for (String nodeType : new String[] { "be", "fe" }) {
			String values = nodeType.equals("be") ? "{\"alter_tablet_worker_count\":\"1\"}"
					: "{\"qe_slow_log_ms\":\"3000\"}";
			String parameterJob = retryOn409(id, () -> this.api.put(base + "/starrocks/configurations",
					"{\"node_type\":\"" + nodeType + "\",\"parameter_values\":" + values + "}"))
				.text("job_id");
			waitForJob(parameterJob);
		}
		waitForJob(retryOn409(id, () -> this.starRocks.restart(id)).text("workflow_id"));
		waitNormal(id);
		this.api.put(base + "/starrocks/slowlog-sensitive", "{\"open_slow_log_switch\":true}").assertOk();
		assertThat(this.api.post(base + "/htap/query-queue/switch", "{\"enable_query_queue_select\":\"true\"}")
			.assertOk()
			.text("status")).isEqualTo("success");
		this.api.put(base + "/query-queue/rules", "{\"query_queue_rule\":{\"query_queue_max_queued_queries\":100}}")
			.assertOk();
		assertThat(this.api.get(base + "/starrocks/configurations?node_type=fe&offset=0&limit=100")
			.assertOk()
			.json()
			.get("parameter_values")).filteredOn((value) -> value.get("name").asString().equals("qe_slow_log_ms"))
			.extracting((value) -> value.get("value").asString())
			.containsExactly("3000");
		assertThat(this.api.get(base + "/starrocks/slowlog-sensitive").assertOk().text("open_slow_log_switch"))
			.isEqualTo("true");
		assertThat(this.api.get(base + "/query-queue/rules")
			.assertOk()
			.json()
			.at("/query_queue_rule")
			.get("query_queue_max_queued_queries")
			.asInt()).isEqualTo(100);

		// update: the security group, then both flavors, then a restart
		String group = "11111111-2222-3333-4444-555555555555";
		String sgJob = retryOn409(id, () -> this.starRocks.securityGroup(id, group)).text("job_id");
		waitForJob(sgJob);
		waitNormal(id);
		assertThat(this.starRocks.instance(id).at("/groups/0/nodes/0/sg_id").asString()).isEqualTo(group);

		String newFe = this.starRocks.flavorId("gaussdb.sr-fe.2xlarge.x86.4", "3.1.6.0");
		String newBe = this.starRocks.flavorId("gaussdb.sr-be.2xlarge.x86.4", "3.1.6.0");
		String resizeJob = retryOn409(id, () -> this.starRocks.resize(id,
				"{\"fe_flavor_id\":\"%s\",\"be_flavor_id\":\"%s\"}".formatted(newFe, newBe)))
			.text("job_id");
		assertThat(resizeJob).isNotEmpty();
		// the resize job is not polled: the detail is, until every node runs the new
		// flavor
		int polls = 0;
		do {
			advance(POLL);
			polls++;
			assertThat(polls).as("resize polls").isLessThan(10);
		}
		while (!resized(this.starRocks.instance(id), newFe, newBe));

		// a restart sent while another operation runs waits and is sent again
		String busyJob = this.starRocks.securityGroup(id, "22222222-2222-3333-4444-555555555555")
			.assertOk()
			.text("job_id");
		this.starRocks.restart(id).assertError(409, "DBS.212033", "Instance is currently being operated.");
		String restartJob = retryOn409(id, () -> this.starRocks.restart(id)).text("job_id");
		assertThat(restartJob).isNotEqualTo(busyJob);
		waitForJob(restartJob);

		// destroy: the detail GET, the deletion, its job, then CheckDestroy
		this.starRocks.instance(id);
		String workflow = retryOn409(id, () -> this.starRocks.delete(id)).text("workflow_id");
		assertThat(workflow).isNotEmpty();
		waitForJob(workflow);
		this.api.get(StarRocksApi.instancePath(id)).assertError(400, "DBS.05000044", "");
	}

	/** checkGaussDBMySQLJobFinish: 10 s, then every 10 s until Completed. */
	private void waitForJob(String jobId) {
		for (int poll = 0; poll < 10; poll++) {
			advance(POLL);
			String status = this.starRocks.job(jobId).get("status").asString();
			if ("Completed".equals(status)) {
				return;
			}
			assertThat(status).as("job %s", jobId).isIn("Pending", "Running");
		}
		throw new AssertionError("job " + jobId + " never completed");
	}

	/**
	 * Wait (A): a pending list of "pending", so any state but normal fails at once: the
	 * instance must be idle when its job has completed.
	 */
	private void waitNormal(String id) {
		advance(POLL);
		assertThat(state(this.starRocks.instance(id))).isEqualTo("normal");
	}

	/**
	 * handleMultiOperationsError: on a 409 with a retry code, wait (B) until normal, then
	 * send again.
	 */
	private ApiResponse retryOn409(String id, java.util.function.Supplier<ApiResponse> call) {
		for (int attempt = 0; attempt < 10; attempt++) {
			ApiResponse reply = call.get();
			if (reply.status() != 409) {
				return reply.assertOk();
			}
			String code = reply.json().get("error_code").asString();
			assertThat(RETRY_CODES).as("a 409 the provider retries").contains(code);
			advance(POLL);
			while (!"normal".equals(state(this.starRocks.instance(id)))) {
				advance(POLL);
			}
			advance(POLL);
		}
		throw new AssertionError("never accepted");
	}

	/** htapInstanceStateRefreshFunc. */
	static String state(JsonNode instance) {
		String status = instance.get("status").asString();
		assertThat(status).as("instance status").isNotIn("abnormal", "createfail");
		if (!"normal".equals(status)) {
			return status;
		}
		if (!instance.get("actions").isEmpty()) {
			return instance.at("/actions/0/action").asString();
		}
		for (JsonNode node : StarRocksLifecycleTest.allNodes(instance)) {
			String nodeStatus = node.get("status").asString();
			assertThat(nodeStatus).as("node status").isNotIn("abnormal", "createfail");
			if (!"normal".equals(nodeStatus)) {
				return nodeStatus;
			}
			if (!node.get("actions").isEmpty()) {
				return node.at("/actions/0/action").asString();
			}
		}
		return "normal";
	}

	private static boolean resized(JsonNode instance, String fe, String be) {
		assertThat(instance.get("status").asString()).isNotIn("abnormal", "createfail");
		if (!instance.get("actions").isEmpty() && "resize_flavor".equals(instance.at("/actions/0/action").asString())) {
			return false;
		}
		for (JsonNode group : instance.get("groups")) {
			String expected = "fe".equals(group.get("group_node_type").asString()) ? fe : be;
			for (JsonNode node : group.get("nodes")) {
				if (!expected.equals(node.get("flavor_id").asString())) {
					return false;
				}
			}
		}
		return true;
	}

}
