package io.github.taurusdbhtapmock.observability;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the fault rules and the request journal show in the log and the metrics. Every
 * test starts and ends with no fault rule, since the emulator is shared with other test
 * classes.
 */
@ExtendWith(OutputCaptureExtension.class)
class FaultAndJournalObservabilityTest extends EmulatorTest {

	private static final String FAULTS = "/_emulator/faults";

	private static final Map<String, String> FIRED = Map.of("operation", "ListStarRocksDataReplicationConfig", "fault",
			"error");

	@BeforeEach
	@AfterEach
	void noRules() {
		this.api.send("DELETE", FAULTS, null).assertOk();
	}

	@Test
	void aFiredFaultIsNamedInTheCallLineAndCounted(CapturedOutput output) {
		String ruleId = this.api.post(FAULTS, """
				{"operation":"ListStarRocksDataReplicationConfig","effect":"error","status":503,\
				"error_code":"DBS.05000099","error_msg":"Injected.","times":1}""").text("id");
		double before = scrape().value("emulator_faults_fired_total", FIRED);

		ApiResponse reply = this.api.get(ApiClient.REPLICATION_PATH + "/configuration?task_name=faulted");
		assertThat(reply.status()).isEqualTo(503);

		String marker = "request_id=" + reply.header("X-Request-Id");
		await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains(marker));
		assertThat(output.getOut()).contains("ListStarRocksDataReplicationConfig => 503 DBS.05000099 (")
			.contains("task_name=faulted fault=error fault_rule=" + ruleId + " " + marker);
		assertThat(scrape().value("emulator_faults_fired_total", FIRED)).isEqualTo(before + 1);
		assertThat(scrape().value("emulator_requests_seconds_count", Map.of("operation",
				"ListStarRocksDataReplicationConfig", "outcome", "SERVER_ERROR", "error_code", "DBS.05000099")))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void theJournalSizeIsWhatTheJournalHolds() {
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();
		for (int i = 0; i < 3; i++) {
			this.api.get(ApiClient.REPLICATION_PATH).assertOk();
		}

		// the journal records a call once its reply has gone out; control-plane calls and
		// scrapes are not journaled
		await().atMost(Duration.ofSeconds(10)).until(() -> scrape().value("emulator_journal_size", Map.of()) == 3);
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();
		assertThat(scrape().value("emulator_journal_size", Map.of())).isZero();
	}

	private PrometheusScrape scrape() {
		ApiResponse reply = this.api.get("/actuator/prometheus");
		assertThat(reply.status()).isEqualTo(200);
		return PrometheusScrape.parse(reply.body());
	}

}
