package io.github.taurusdbhtapmock.platform.capacity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.Names;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A budget of a few kilobytes, reached after a handful of creates: new state is refused
 * with 507, readiness goes DOWN and the info says why, while reads, the control plane and
 * deletes keep working; a reset frees the state and everything is as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "emulator.jobs.duration=0s",
		"emulator.replication.full-sync-duration=0s", "emulator.limits.state-budget=20KB" })
class StateBudgetTest {

	@LocalServerPort
	private int port;

	private ApiClient api;

	@BeforeEach
	void reset() {
		this.api = ApiClient.forPort(this.port);
		this.api.post("/_emulator/reset", "").assertOk();
	}

	@Test
	void aFullEmulatorRefusesNewStateSaysWhyAndRecoversOnReset() {
		assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(200);
		int created = fill();
		assertThat(created).as("tasks created before the budget was reached").isBetween(5, 30);
		String state = this.api.get("/_emulator/state").assertOk().body();

		ApiResponse refused = create(Names.unique("full")).assertError(507, "EMULATOR.0507",
				"The emulator is full: its state has reached its memory budget. The state takes about");
		assertThat(refused.errorMessage()).contains("of its 20.0 KB budget (" + created + " tasks",
				"emulator.limits.state-budget", "EMULATOR_LIMITS_STATEBUDGET", "POST /_emulator/reset");
		assertThat(this.api.withHeader("X-Language", "zh-cn")
			.post(ApiClient.REPLICATION_PATH, body(Names.unique("full")))
			.assertError(507, "EMULATOR.0507", "模拟器已满：其状态已达到内存预算。")
			.errorMessage()).contains("emulator.limits.state-budget");
		this.api.post("/_emulator/topology",
				"{\"projects\":[{\"id\":\"%s\",\"starrocks_instances\":[{\"id\":\"aaaabbbbccccddddeeeeffff00002222in17\"}]}]}"
					.formatted(ApiClient.PROJECT))
			.assertError(507, "EMULATOR.0507", "The emulator is full");
		assertThat(this.api.get("/_emulator/state").assertOk().body()).as("refusals change nothing").isEqualTo(state);

		// readiness tells the truth, liveness and reads carry on
		ApiResponse readiness = this.api.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(503);
		assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
		assertThat(this.api.get("/actuator/health/liveness").status()).isEqualTo(200);
		JsonNode budget = this.api.get("/_emulator/info").assertOk().json().get("state_budget");
		assertThat(budget.get("full").asBoolean()).isTrue();
		assertThat(budget.get("budget_bytes").asLong()).isEqualTo(20 * 1024);
		assertThat(budget.get("used_bytes").asLong()).isPositive();
		assertThat(budget.get("reason").asString()).contains(created + " tasks", "emulator.limits.state-budget");
		assertThat(this.api.get(ApiClient.REPLICATION_PATH).assertOk().json().get("total_count").asString())
			.isEqualTo(Integer.toString(created));

		// an import of the state held fits, whatever is held now
		this.api.put("/_emulator/state", state).assertOk();

		this.api.post("/_emulator/reset", "").assertOk();
		assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(200);
		JsonNode afterReset = this.api.get("/_emulator/info").assertOk().json().get("state_budget");
		assertThat(afterReset.get("full").asBoolean()).isFalse();
		assertThat(afterReset.has("reason")).isFalse();
		create(Names.unique("again")).assertOk();
	}

	@Test
	void deletingTasksMakesRoomWithoutAReset() {
		fill();
		long full = usedBytes();
		// a deletion is never refused; each frees a task and keeps its job
		for (int i = 0; i < 3; i++) {
			String task = this.api.get(ApiClient.REPLICATION_PATH)
				.assertOk()
				.json()
				.get("replications")
				.get(0)
				.get("task_name")
				.asString();
			this.api.send("DELETE", ApiClient.REPLICATION_PATH, "{\"task_name\":\"" + task + "\"}").assertOk();
		}
		// the deletions' jobs complete at once and the tasks are gone when next read
		this.api.get(ApiClient.REPLICATION_PATH).assertOk();
		assertThat(usedBytes()).isLessThan(full);
		create(Names.unique("room")).assertOk();
	}

	private long usedBytes() {
		return this.api.get("/_emulator/info").assertOk().json().get("state_budget").get("used_bytes").asLong();
	}

	/** Creates tasks until the budget refuses one; returns how many were created. */
	private int fill() {
		for (int created = 0; created < 100; created++) {
			ApiResponse reply = create(Names.unique("fill"));
			if (reply.status() == 507) {
				return created;
			}
			reply.assertOk();
		}
		throw new AssertionError("the budget refused nothing in 100 creates");
	}

	private ApiResponse create(String name) {
		return this.api.post(ApiClient.REPLICATION_PATH, body(name));
	}

	private static String body(String name) {
		return """
				{"source_instance_id":"%s","source_database":"src_db","target_database":"%s","task_name":"%s"}"""
			.formatted(ApiClient.SOURCE_INSTANCE, name + "_t", name);
	}

}
