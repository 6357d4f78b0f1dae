package io.github.taurusdbhtapmock.fuzz;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.QuietCallLog;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of generated bad requests, with a fixed seed so any failure replays: every
 * reply is a 2xx or 4xx in the documented JSON shape (never a 5xx, HTML, a stack trace or
 * no answer), and a refused write leaves the stored state exactly as it was.
 * {@code -Dfuzz.requests=N -Dfuzz.seed=S} runs longer or other sequences
 * (scripts/fuzz.sh). Tagged {@code slow}: {@code ./mvnw -B verify -Dquick} leaves it out,
 * a plain {@code ./mvnw -B verify} (and so CI) runs it.
 */
@TestPropertySource(properties = "emulator.limits.max-body-size=1MB")
@ExtendWith(QuietCallLog.class)
@Tag("slow")
class BadInputFuzzTest extends EmulatorTest {

	/**
	 * The state is compared after every write; a periodic reset keeps it, and so each
	 * comparison, small.
	 */
	private static final int RESET_EVERY = 250;

	private static final long SEED = Long.getLong("fuzz.seed", 20261122L);

	private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void everyBadRequestGetsAWellFormedRefusalAndChangesNothing() {
		String existing = Names.unique("fuzz_existing");
		BadRequestGenerator generator = new BadRequestGenerator(SEED, existing);
		String state = null;
		Map<Integer, Integer> statuses = new TreeMap<>();
		for (int i = 0; i < REQUESTS; i++) {
			if (i % RESET_EVERY == 0) {
				this.api.post("/_emulator/reset", null).assertOk();
				this.api.post(ApiClient.REPLICATION_PATH, createBody(existing, "src_db", Names.unique("tgt")))
					.assertOk();
				state = state();
			}
			BadRequestGenerator.Request request = generator.next();
			String what = "request " + i + " (seed " + SEED + "): " + request.description();
			RawHttp.Reply reply = RawHttp.exchange(port(), request.bytes());
			assertWellFormed(what, reply);
			statuses.merge(reply.status(), 1, Integer::sum);
			if (request.writes()) {
				String after = state();
				if (reply.status() >= 400) {
					assertThat(after).as(what + " was refused but changed the state").isEqualTo(state);
				}
				state = after;
			}
		}
		System.out.println("fuzz: " + REQUESTS + " requests, seed " + SEED + ", statuses " + statuses);
		assertThat(statuses.keySet()).allMatch((status) -> status < 500);
	}

	private String state() {
		return this.api.get("/_emulator/state").assertOk().body();
	}

	private static void assertWellFormed(String what, RawHttp.Reply reply) {
		if (reply.status() < 200 || reply.status() >= 500) {
			fail(what + " answered " + reply.status() + ": " + reply.body());
		}
		assertThat(reply.header("Content-Type")).as(what).isEqualTo("application/json;charset=UTF-8");
		assertThat(reply.header("X-Request-Id")).as(what).matches("[0-9a-f]{32}");
		assertThat(reply.body()).as(what).doesNotContain("<html", "Exception", "\tat ");
		JsonNode body = JSON.readTree(reply.body());
		assertThat(body.isObject()).as(what).isTrue();
		if (reply.status() >= 400) {
			assertThat(body.get("error_code").isString()).as(what + ": " + reply.body()).isTrue();
			assertThat(body.get("error_msg").isString()).as(what + ": " + reply.body()).isTrue();
		}
	}

}
