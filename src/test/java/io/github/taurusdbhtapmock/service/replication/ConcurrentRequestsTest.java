package io.github.taurusdbhtapmock.service.replication;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests racing for the same task or destination: one wins, the others get a conflict,
 * nothing is lost.
 */
class ConcurrentRequestsTest extends EmulatorTest {

	private static final int CLIENTS = 16;

	private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);

	@AfterEach
	void stop() throws InterruptedException {
		this.pool.shutdownNow();
		this.pool.awaitTermination(10, TimeUnit.SECONDS);
	}

	/** Runs the requests at once, released together by a latch. */
	private List<ApiResponse> race(IntFunction<ApiResponse> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ApiResponse>> futures = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			int client = i;
			futures.add(this.pool.submit(() -> {
				start.await();
				return request.apply(client);
			}));
		}
		start.countDown();
		List<ApiResponse> replies = new ArrayList<>();
		for (Future<ApiResponse> future : futures) {
			replies.add(future.get(30, TimeUnit.SECONDS));
		}
		return replies;
	}

	@Test
	void oneOfManyCreatesOfTheSameNameWins() throws Exception {
		String task = Names.unique("task");
		List<ApiResponse> replies = race(
				(client) -> this.api.post(REPLICATION_PATH, createBody(task, "src_db", Names.unique("tgt"))));
		assertThat(replies).filteredOn((reply) -> reply.status() == 200).hasSize(1);
		replies.stream()
			.filter((reply) -> reply.status() != 200)
			.forEach((reply) -> reply.assertError(409, "DBS.280406", "Operation not allowed"));
	}

	@Test
	void oneOfManyTasksWritingTheSameDestinationWins() throws Exception {
		String target = Names.unique("tgt");
		List<ApiResponse> replies = race(
				(client) -> this.api.post(REPLICATION_PATH, createBody(Names.unique("task"), "sales", target)));
		assertThat(replies).filteredOn((reply) -> reply.status() == 200).hasSize(1);
		replies.stream()
			.filter((reply) -> reply.status() != 200)
			.forEach((reply) -> reply.assertError(409, "DBS.200826", "The database name already exists."));
	}

	@Test
	void racingModificationsEachApplyWholly() throws Exception {
		String task = createTask();
		List<ApiResponse> replies = race((client) -> this.api.put(REPLICATION_PATH, """
				{"task_name":"%s","db_configs":[{"param_name":"sync_commit_interval_ms","value":"%d"}],
				 "tables_configs":[{"table_name":"t1","table_config":"buckets %d"}]}""".formatted(task, 1000 + client,
				1 + client)));
		Set<String> jobIds = new HashSet<>();
		replies.forEach((reply) -> jobIds.add(reply.assertOk().text("job_id")));
		assertThat(jobIds).hasSize(CLIENTS);

		// whichever modification came last, its two lists were stored together
		ApiResponse configuration = this.api.get(REPLICATION_PATH + "/configuration?task_name=" + task).assertOk();
		int interval = Integer
			.parseInt(configuration.json().at("/database_info/db_config_check_results/0/value").asString());
		assertThat(configuration.json().at("/table_infos/0/table_config").asString())
			.isEqualTo("buckets " + (interval - 1000 + 1));
	}

}
