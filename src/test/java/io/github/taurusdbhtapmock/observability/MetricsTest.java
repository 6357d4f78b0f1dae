package io.github.taurusdbhtapmock.observability;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The metrics as Prometheus reads them: scraped over HTTP from /actuator/prometheus.
 * Other tests share this emulator, so request counts are compared before and after the
 * calls a test makes.
 */
class MetricsTest extends EmulatorTest {

	private static final String REQUESTS = "emulator_requests_seconds_count";

	private static final Map<String, String> LIST_OK = Map.of("operation", "ListStarRocksDataReplications", "outcome",
			"SUCCESS", "error_code", "none");

	private static final Map<String, String> CONFIG_NOT_FOUND = Map.of("operation",
			"ListStarRocksDataReplicationConfig", "outcome", "CLIENT_ERROR", "error_code", "DBS.270022");

	private static final Map<String, String> UNKNOWN_ROUTE = Map.of("operation", "unknown", "outcome", "CLIENT_ERROR",
			"error_code", "APIGW.0101");

	@Test
	void callsAreCountedAndTimedPerOperationOutcomeAndErrorCode() {
		PrometheusScrape before = scrape();

		for (int i = 0; i < 3; i++) {
			this.api.get(ApiClient.REPLICATION_PATH).assertOk();
		}
		for (int i = 0; i < 2; i++) {
			this.api.get(ApiClient.REPLICATION_PATH + "/configuration?task_name=no_such_task")
				.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		}
		this.api.get("/v3/" + ApiClient.PROJECT + "/nothing-here")
			.assertError(404, "APIGW.0101", "The API does not exist");
		this.api.get("/_emulator/info").assertOk();

		// each call is recorded once its reply has gone out: wait for the last of them
		await().atMost(Duration.ofSeconds(10)).until(() -> delta(before, scrape(), REQUESTS, Map.of()) >= 6);
		PrometheusScrape after = scrape();
		assertThat(delta(before, after, REQUESTS, LIST_OK)).isEqualTo(3);
		assertThat(delta(before, after, REQUESTS, CONFIG_NOT_FOUND)).isEqualTo(2);
		assertThat(delta(before, after, REQUESTS, UNKNOWN_ROUTE)).isEqualTo(1);
		// the control-plane call and the scrapes themselves are not calls to the emulated
		// API
		assertThat(delta(before, after, REQUESTS, Map.of())).isEqualTo(6);

		assertThat(after.value("emulator_requests_seconds_bucket", with(LIST_OK, "le", "+Inf")))
			.isEqualTo(after.value(REQUESTS, LIST_OK));
		assertThat(after.matching("emulator_requests_seconds_bucket", LIST_OK)).hasSizeGreaterThan(10);
		assertThat(after.value("emulator_requests_seconds_sum", LIST_OK)).isPositive();
		assertThat(after.value("emulator_requests_seconds_max", LIST_OK)).isPositive();
		assertThat(after.matching(REQUESTS, LIST_OK).get(0).labels()).containsEntry("application",
				"taurusdb-htap-mock");
	}

	@Test
	void tasksAreCountedByStageAndJobsByStatus() {
		createTask();

		PrometheusScrape scrape = scrape();
		JsonNode info = this.api.get("/_emulator/info").assertOk().json();

		for (String stage : new String[] { "Wait", "Full", "Incremental", "Paused", "Cancelled" }) {
			assertThat(scrape.matching("emulator_tasks", Map.of("stage", stage))).as(stage).hasSize(1);
		}
		for (String status : new String[] { "Pending", "Running", "Completed", "Failed" }) {
			assertThat(scrape.matching("emulator_jobs", Map.of("status", status))).as(status).hasSize(1);
		}
		// jobs and full synchronizations take no time here: the new task is incremental,
		// its job completed
		assertThat(scrape.value("emulator_tasks", Map.of("stage", "Incremental"))).isGreaterThanOrEqualTo(1);
		assertThat(scrape.value("emulator_jobs", Map.of("status", "Completed"))).isGreaterThanOrEqualTo(1);
		assertThat(scrape.sum("emulator_tasks", Map.of())).isEqualTo(info.get("tasks").asInt());
		assertThat(scrape.sum("emulator_jobs", Map.of())).isEqualTo(info.get("jobs").asInt());
	}

	@Test
	void aScrapeAfterAChangeSeesTheChange() {
		double before = scrape().sum("emulator_tasks", Map.of());
		createTask();
		assertThat(scrape().sum("emulator_tasks", Map.of())).isEqualTo(before + 1);
	}

	private PrometheusScrape scrape() {
		ApiResponse reply = ApiClient.forPort(port()).get("/actuator/prometheus");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).startsWith("text/plain");
		return PrometheusScrape.parse(reply.body());
	}

	private static double delta(PrometheusScrape before, PrometheusScrape after, String name,
			Map<String, String> labels) {
		return after.sum(name, labels) - before.sum(name, labels);
	}

	private static Map<String, String> with(Map<String, String> labels, String name, String value) {
		Map<String, String> more = new HashMap<>(labels);
		more.put(name, value);
		return more;
	}

}
