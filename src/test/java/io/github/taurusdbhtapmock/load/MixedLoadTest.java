package io.github.taurusdbhtapmock.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.QuietCallLog;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients running mixed operations on tasks some of them share and some they own,
 * all at once. Whatever the interleaving, what the successful replies say must add up: a
 * name's successful creates and deletes alternate (a create needs the name free, a delete
 * needs it taken), so per name they differ by 0 or 1 and that difference is whether the
 * task exists at the end; a task's configuration is the one some successful modification
 * sent; every job id is unique and its job completed; every reply is well-formed.
 * {@code -Dload.clients=32 -Dload.operations=1000} is the full-size run
 * (bench/mixed-load.sh). Tagged {@code slow}: {@code ./mvnw -B verify -Dquick} leaves it
 * out, a plain {@code ./mvnw -B verify} (and so CI) runs it.
 */
@TestPropertySource(properties = "emulator.limits.max-body-size=1MB")
@ExtendWith(QuietCallLog.class)
@Tag("slow")
class MixedLoadTest extends EmulatorTest {

	private static final int CLIENTS = Integer.getInteger("load.clients", 8);

	private static final int OPERATIONS = Integer.getInteger("load.operations", 150);

	private static final long SEED = Long.getLong("load.seed", 7L);

	private static final int SHARED_TASKS = 6;

	private static final Set<String> EXPECTED_ERRORS = Set.of("DBS.280406", "DBS.200826", "DBS.200019", "DBS.270022",
			"DBS.05000091", "DBS.201014");

	private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

	record Outcome(String operation, String task, int status, String jobId, String marker) {
	}

	@Test
	void whatTheRepliesSayAddsUp() throws Exception {
		this.api.post("/_emulator/reset", null).assertOk();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> clients = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			int id = client;
			clients.add(pool.submit(() -> runClient(id)));
		}
		for (Future<?> client : clients) {
			client.get(10, TimeUnit.MINUTES);
		}
		pool.shutdown();
		checkTheStateAddsUp();
	}

	private void runClient(int client) {
		Random random = new Random(SEED * 1000 + client);
		ApiClient api = this.api;
		for (int i = 0; i < OPERATIONS; i++) {
			String task = random.nextBoolean() ? "shared_" + random.nextInt(SHARED_TASKS)
					: "own_" + client + "_" + random.nextInt(3);
			String body = "{\"task_name\":\"" + task + "\"}";
			String marker = null;
			ApiResponse reply;
			String operation;
			switch (random.nextInt(7)) {
				case 0 -> {
					operation = "create";
					reply = api.post(REPLICATION_PATH, createBody(task, "src_db", task + "_target"));
				}
				case 1 -> {
					operation = "modify";
					marker = String.valueOf(1000 + random.nextInt(59_000));
					reply = api.put(REPLICATION_PATH,
							"{\"task_name\":\"" + task
									+ "\",\"db_configs\":[{\"param_name\":\"sync_commit_interval_ms\",\"value\":\""
									+ marker + "\"}]}");
				}
				case 2 -> {
					operation = "pause";
					reply = api.post(REPLICATION_PATH + "/pause", body);
				}
				case 3 -> {
					operation = "resume";
					reply = api.post(REPLICATION_PATH + "/resume", body);
				}
				case 4 -> {
					operation = "delete";
					reply = api.send("DELETE", REPLICATION_PATH, body);
				}
				case 5 -> {
					operation = "configuration";
					reply = api.get(REPLICATION_PATH + "/configuration?task_name=" + task);
				}
				default -> {
					operation = "list";
					reply = api.get(REPLICATION_PATH + "?limit=100");
				}
			}
			if (reply.status() == 200) {
				reply.assertOk();
				String jobId = reply.json().has("job_id") ? reply.text("job_id") : null;
				this.outcomes.add(new Outcome(operation, task, 200, jobId, marker));
			}
			else {
				String code = reply.json().get("error_code").asString();
				reply.assertError(reply.status(), code, "");
				assertThat(EXPECTED_ERRORS).as(operation + " " + task + ": " + reply.body()).contains(code);
				this.outcomes.add(new Outcome(operation, task, reply.status(), null, null));
			}
		}
	}

	private void checkTheStateAddsUp() {
		Map<String, Integer> created = new HashMap<>();
		Map<String, Integer> deleted = new HashMap<>();
		Map<String, Set<String>> markers = new ConcurrentHashMap<>();
		Set<String> jobIds = new HashSet<>();
		int jobs = 0;
		for (Outcome outcome : this.outcomes) {
			if (outcome.status() != 200) {
				continue;
			}
			if (outcome.jobId() != null) {
				jobs++;
				jobIds.add(outcome.jobId());
			}
			switch (outcome.operation()) {
				case "create" -> created.merge(outcome.task(), 1, Integer::sum);
				case "delete" -> deleted.merge(outcome.task(), 1, Integer::sum);
				case "modify" ->
					markers.computeIfAbsent(outcome.task(), (task) -> new HashSet<>()).add(outcome.marker());
				default -> {
				}
			}
		}
		assertThat(jobIds).as("job ids are unique").hasSize(jobs);
		assertThat(created).as("some creates succeeded").isNotEmpty();

		Set<String> names = new HashSet<>(created.keySet());
		for (String task : names) {
			int difference = created.get(task) - deleted.getOrDefault(task, 0);
			assertThat(difference).as(task + ": successful creates minus deletes").isBetween(0, 1);
			ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task);
			assertThat(configuration.status()).as(task + " exists at the end").isEqualTo((difference == 1) ? 200 : 400);
			if (difference == 1) {
				JsonNode dbConfigs = configuration.json().at("/database_info/db_config_check_results");
				if (!dbConfigs.isEmpty()) {
					assertThat(markers.get(task)).as(task + ": its configuration came from a successful modify")
						.contains(dbConfigs.get(0).get("value").asString());
				}
				assertThat(this.api.listed(task).get("stage").asString()).isIn("Incremental", "Paused");
			}
		}
		assertThat(Integer.parseInt(this.api.get(REPLICATION_PATH).assertOk().text("total_count"))).isEqualTo(
				(int) names.stream().filter((task) -> created.get(task) > deleted.getOrDefault(task, 0)).count());
		for (String jobId : jobIds) {
			assertThat(this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + jobId)
				.assertOk()
				.json()
				.at("/job/status")
				.asString()).isEqualTo("Completed");
		}
		System.out.println("mixed load: " + CLIENTS + " clients x " + OPERATIONS + " operations, "
				+ this.outcomes.size() + " replies, " + jobs + " jobs, " + names.size() + " task names");
	}

}
