package io.github.taurusdbhtapmock.admin.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code emulator.seed} set, which requests a probabilistic rule fires on is fixed:
 * the draws come from a java.util.Random with that seed, afresh whenever all rules are
 * deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "emulator.seed=42")
class SeededFaultsTest {

	private static final int REQUESTS = 40;

	@LocalServerPort
	private int port;

	private ApiClient api;

	@BeforeEach
	void connect() {
		this.api = ApiClient.forPort(this.port);
	}

	@Test
	void aProbabilisticRuleFiresOnTheRequestsTheSeedDecides() {
		List<Boolean> expected = new ArrayList<>();
		Random seeded = new Random(42);
		for (int i = 0; i < REQUESTS; i++) {
			expected.add(seeded.nextDouble() < 0.3);
		}

		List<Boolean> firstRun = run();
		List<Boolean> secondRun = run();

		assertThat(firstRun).isEqualTo(expected).contains(true, false);
		assertThat(secondRun).isEqualTo(firstRun);
	}

	/**
	 * Clears the rules (which re-seeds), adds a 30 % rule and says which of the requests
	 * it failed.
	 */
	private List<Boolean> run() {
		this.api.send("DELETE", "/_emulator/faults", null).assertOk();
		this.api.post("/_emulator/faults",
				"{\"operation\":\"ListStarRocksDataReplications\",\"effect\":\"error\",\"status\":503,\"probability\":0.3}");
		List<Boolean> failed = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			failed.add(this.api.get(REPLICATION_PATH).status() == 503);
		}
		this.api.send("DELETE", "/_emulator/faults", null).assertOk();
		return failed;
	}

}
