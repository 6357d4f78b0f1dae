package io.github.taurusdbhtapmock.service.instancesettings;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With persistence on, the settings of running instances survive a restart: replayed from
 * the write log, and restored from a snapshot.
 */
class InstanceSettingsPersistenceTest {

	private static final String SID = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE;

	private static final String LTS = "/v3/" + ApiClient.PROJECT + "/starrocks/instances/logs/lts-configs";

	@TempDir
	Path dataDir;

	private ConfigurableApplicationContext start(String snapshotEvery) {
		return new SpringApplicationBuilder(TaurusHtapEmulatorApplication.class).run("--server.port=0",
				"--emulator.persistence.data-dir=" + this.dataDir,
				"--emulator.persistence.snapshot-every=" + snapshotEvery);
	}

	private static ApiClient api(ConfigurableApplicationContext context) {
		return ApiClient.forPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	private static String settingsAsRead(ApiClient api) {
		return api.get(SID + "/query-queue/rules").assertOk().body()
				+ api.get(SID + "/starrocks/slowlog-sensitive").assertOk().body() + api.get(LTS).assertOk().body()
				+ sessionIds(api);
	}

	private static void change(ApiClient api, int round) {
		api.put(SID + "/query-queue/rules", "{\"query_queue_rule\":{\"query_queue_concurrency_limit\":" + round + "}}")
			.assertOk();
		api.put(SID + "/starrocks/slowlog-sensitive", "{\"open_slow_log_switch\":" + (round % 2 == 0) + "}").assertOk();
		api.post(LTS,
				"""
						{"log_configs":[{"instance_id":"%s","log_type":"slow_log","lts_group_id":"g%d","lts_stream_id":"s%d"}]}"""
					.formatted(ApiClient.INSTANCE, round, round))
			.assertOk();
	}

	/** The sessions' ids: their durations move with the clock. */
	private static String sessionIds(ApiClient api) {
		return api.get(SID + "/htap/process").assertOk().json().get("process_list").findValuesAsString("id").toString();
	}

	@Test
	void settingsSurviveARestartFromTheLogAndFromSnapshots() {
		String before;
		try (ConfigurableApplicationContext running = start("4")) {
			ApiClient api = api(running);
			for (int round = 1; round <= 5; round++) {
				change(api, round);
			}
			api.send("DELETE", SID + "/htap/process", "{\"process_list\":[\"1\"]}").assertOk();
			before = settingsAsRead(api);
		}
		try (ConfigurableApplicationContext recovered = start("100000")) {
			assertThat(settingsAsRead(api(recovered))).isEqualTo(before);
			assertThat(before).contains("\"query_queue_concurrency_limit\":5", "\"lts_group_id\":\"g5\"");
		}
	}

}
