package io.github.taurusdbhtapmock.service.instancesettings;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.taurusdbhtapmock.service.topology.StarRocksInstanceScoped;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings of running instances as a part of the state: exported and imported with
 * /_emulator/state (a document without them imports as none), checked before anything
 * changes, reset with the project, and forgotten when an instance's deletion completes.
 */
class InstanceSettingsStateTest extends EmulatorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SID = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE;

	private static final String RULES = SID + "/query-queue/rules";

	private static final String MASKING = SID + "/starrocks/slowlog-sensitive";

	private static final String LTS = "/v3/" + ApiClient.PROJECT + "/starrocks/instances/logs/lts-configs";

	@Autowired
	private InstanceSettingsRepository repository;

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", null).assertOk();
	}

	/** Changes every kind of setting of the demo instance. */
	private void changeEverything() {
		this.api.put(RULES, "{\"query_queue_rule\":{\"query_queue_concurrency_limit\":42}}").assertOk();
		this.api.post(SID + "/htap/query-queue/switch", "{\"enable_query_queue_select\":\"true\"}").assertOk();
		this.api.put(MASKING, "{\"open_slow_log_switch\":true}").assertOk();
		this.api
			.post(LTS,
					"""
							{"log_configs":[{"instance_id":"%s","log_type":"error_log","lts_group_id":"g1","lts_stream_id":"s1"}]}"""
						.formatted(ApiClient.INSTANCE))
			.assertOk();
		this.api.send("DELETE", SID + "/htap/process", "{\"process_list\":[\"1\"]}").assertOk();
	}

	private String settingsAsRead() {
		return this.api.get(RULES).assertOk().body() + this.api.get(MASKING).assertOk().body()
				+ this.api.get(LTS + "?instance_id=" + ApiClient.INSTANCE).assertOk().body() + sessionIds(this.api);
	}

	/** The sessions' ids: their durations move with the clock. */
	private static String sessionIds(ApiClient api) {
		return api.get(SID + "/htap/process").assertOk().json().get("process_list").findValuesAsString("id").toString();
	}

	@Test
	void exportedAndImportedBack() {
		String fresh = settingsAsRead();
		changeEverything();
		String changed = settingsAsRead();
		JsonNode exported = this.api.get("/_emulator/state").assertOk().json();

		JsonNode settings = exported.get("instance_settings");
		assertThat(settings).hasSize(1);
		assertThat(settings.at("/0/query_queue_rule/query_queue_concurrency_limit").asInt()).isEqualTo(42);
		assertThat(settings.at("/0/query_queue_enabled").asBoolean()).isTrue();
		assertThat(settings.at("/0/slow_log_masked").asBoolean()).isTrue();
		assertThat(settings.at("/0/lts_configs/0/lts_group_id").asString()).isEqualTo("g1");
		assertThat(settings.at("/0/killed_sessions/0").asString()).isEqualTo("1");

		this.api.post("/_emulator/reset", null).assertOk();
		assertThat(settingsAsRead()).isEqualTo(fresh);
		this.api.put("/_emulator/state", exported.toString()).assertOk();
		assertThat(settingsAsRead()).isEqualTo(changed);
	}

	@Test
	void aDocumentWithoutSettingsImportsAsNone() {
		String fresh = settingsAsRead();
		changeEverything();
		ObjectNode older = (ObjectNode) this.api.get("/_emulator/state").assertOk().json();
		older.remove("instance_settings");

		this.api.put("/_emulator/state", older.toString()).assertOk();

		assertThat(settingsAsRead()).isEqualTo(fresh);
	}

	@Test
	void aRefusedDocumentChangesNothing() {
		changeEverything();
		String changed = settingsAsRead();
		ObjectNode document = (ObjectNode) this.api.get("/_emulator/state").assertOk().json();
		ObjectNode unknownInstance = document.deepCopy();
		((ObjectNode) unknownInstance.get("instance_settings").get(0)).put("instance_id",
				"00000000000000000000000000000000in17");
		ObjectNode outOfRange = document.deepCopy();
		((ObjectNode) outOfRange.at("/instance_settings/0/query_queue_rule")).put("query_queue_mem_used_pct_limit",
				101);
		ObjectNode badLogType = document.deepCopy();
		((ObjectNode) badLogType.at("/instance_settings/0/lts_configs/0")).put("log_type", "audit_log");
		ObjectNode twice = document.deepCopy();
		((tools.jackson.databind.node.ArrayNode) twice.get("instance_settings"))
			.add(twice.get("instance_settings").get(0).deepCopy());

		for (ObjectNode refused : java.util.List.of(unknownInstance, outOfRange, badLogType, twice)) {
			this.api.put("/_emulator/state", refused.toString()).assertError(400, "EMULATOR.0400", "");
			assertThat(settingsAsRead()).isEqualTo(changed);
		}
	}

	@Test
	void aProjectResetForgetsItsSettings() {
		String fresh = settingsAsRead();
		changeEverything();

		this.api.post("/_emulator/reset?project_id=" + ApiClient.PROJECT, null).assertOk();

		assertThat(settingsAsRead()).isEqualTo(fresh);
		assertThat(this.api.get("/_emulator/state").json().get("instance_settings")).isEmpty();
	}

	@Test
	void theSettingsGoWhenTheInstanceIsDeleted() {
		String fresh = settingsAsRead();
		changeEverything();
		StarRocksInstanceScoped scoped = this.repository;

		scoped.forgetInstance(ApiClient.PROJECT, ApiClient.INSTANCE);

		assertThat(settingsAsRead()).isEqualTo(fresh);
		assertThat(this.repository.all()).isEmpty();
		// nothing held is not an error
		scoped.forgetInstance(ApiClient.PROJECT, "00000000000000000000000000000000in17");
	}

	@Test
	void settingsThatAreTheDefaultHoldNothing() {
		this.api.put(MASKING, "{\"open_slow_log_switch\":true}").assertOk();
		assertThat(this.repository.all()).hasSize(1);

		this.api.put(MASKING, "{\"open_slow_log_switch\":false}").assertOk();

		assertThat(this.repository.all()).isEmpty();
		assertThat(JSON.readTree(this.api.get("/_emulator/state").body()).get("instance_settings")).isEmpty();
	}

}
