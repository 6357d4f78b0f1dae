package io.github.taurusdbhtapmock.service.job;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.Names;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forgotten job stays forgotten after a restart with persistence on, even when the
 * manual clock starts again from a time at which it would still be kept; a job that was
 * not yet forgotten is still there.
 */
class JobRetentionPersistenceTest {

	private static final String JOBS = "/v3/" + ApiClient.PROJECT + "/jobs?id=";

	@TempDir
	Path dataDir;

	@Test
	void forgottenJobsStayForgottenAfterARestart() {
		String forgotten;
		String kept;
		try (ConfigurableApplicationContext first = start()) {
			ApiClient api = api(first);
			forgotten = create(api);
			api.post("/_emulator/clock/advance?seconds=3602", "").assertOk();
			kept = create(api);
			api.get(JOBS + forgotten).assertError(400, "DBS.200543", "The job does not exist.");
			api.get(JOBS + kept).assertOk();
		}
		try (ConfigurableApplicationContext second = start()) {
			ApiClient api = api(second);
			assertThat(api.get("/_emulator/clock").assertOk().text("now")).isEqualTo("2026-11-21T22:50:47Z");
			api.get(JOBS + forgotten).assertError(400, "DBS.200543", "The job does not exist.");
			api.get(JOBS + kept).assertOk();
			assertThat(api.get("/_emulator/info").assertOk().json().get("jobs").asInt()).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TaurusHtapEmulatorApplication.class).run("--server.port=0",
				"--emulator.persistence.data-dir=" + this.dataDir, "--emulator.clock.mode=manual",
				"--emulator.clock.start=2026-11-21T22:50:47Z", "--emulator.limits.job-retention=1h");
	}

	private static ApiClient api(ConfigurableApplicationContext context) {
		return ApiClient.forPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	private static String create(ApiClient api) {
		String name = Names.unique("durable");
		return api
			.post(ApiClient.REPLICATION_PATH,
					"""
							{"source_instance_id":"%s","source_database":"src_db","target_database":"%s","task_name":"%s"}"""
						.formatted(ApiClient.SOURCE_INSTANCE, name + "_t", name))
			.assertOk()
			.text("job_id");
	}

}
