package io.github.taurusdbhtapmock.platform.id;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With emulator.seed, a fresh start hands out the same job and request ids for the same
 * requests.
 */
class SeededIdsTest {

	/** A fresh emulator, two creates, and the job and request ids they got. */
	private static List<String> idsOfAFreshRun(String... args) {
		List<String> ids = new ArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TaurusHtapEmulatorApplication.class)
			.run(args)) {
			ApiClient api = ApiClient
				.forPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
			for (String task : List.of("seeded_one", "seeded_two")) {
				ApiResponse reply = api
					.post(ApiClient.REPLICATION_PATH,
							"""
									{"source_instance_id":"%s","source_database":"src_db","target_database":"%s_t","task_name":"%s"}"""
								.formatted(ApiClient.SOURCE_INSTANCE, task, task))
					.assertOk();
				ids.add(reply.text("job_id"));
				ids.add(reply.header("X-Request-Id"));
			}
		}
		return ids;
	}

	@Test
	void theSameSeedGivesTheSameIds() {
		List<String> first = idsOfAFreshRun("--server.port=0", "--emulator.seed=42");
		List<String> second = idsOfAFreshRun("--server.port=0", "--emulator.seed=42");
		assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
		assertThat(first.get(0)).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(first.get(1)).matches("[0-9a-f]{32}");
	}

	@Test
	void withoutASeedIdsDiffer() {
		assertThat(idsOfAFreshRun("--server.port=0")).doesNotContainAnyElementsOf(idsOfAFreshRun("--server.port=0"));
	}

}
