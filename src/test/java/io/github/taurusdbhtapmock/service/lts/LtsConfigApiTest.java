package io.github.taurusdbhtapmock.service.lts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LTS configurations of a project's StarRocks instances over HTTP: ShowHtapLtsConfig
 * (filtered and paged), UpdateStarRockLtsConfig and DeleteStarRockLtsConfig (batches,
 * checked whole).
 */
class LtsConfigApiTest extends EmulatorTest {

	static final String PATH = "/v3/" + ApiClient.PROJECT + "/starrocks/instances/logs/lts-configs";

	static final String SECOND = "bbbbccccddddeeeeffff000011112222in17";

	static final String GROUP = "0f8b1b1a-1c4d-4c55-9d41-3d5c0a0e1f11";

	static final String STREAM = "7d2c9e4f-8a1b-4e6f-b2c3-d4e5f6a7b8c9";

	@BeforeEach
	void resetProjectWithASecondInstance() {
		this.api.post("/_emulator/reset?project_id=" + ApiClient.PROJECT, null).assertOk();
		this.api.post("/_emulator/topology", """
				{"projects":[{"id":"%s","starrocks_instances":[{"id":"%s","name":"second","be_nodes":1,
				 "taurus_instance_id":"%s"}]}]}""".formatted(ApiClient.PROJECT, SECOND, ApiClient.SOURCE_INSTANCE))
			.assertOk();
	}

	private static String link(String instanceId, String logType) {
		return "{\"instance_id\":\"%s\",\"log_type\":\"%s\",\"lts_group_id\":\"%s\",\"lts_stream_id\":\"%s\"}"
			.formatted(instanceId, logType, GROUP, STREAM);
	}

	private JsonNode configsOf(String instanceId) {
		JsonNode page = this.api.get(PATH + "?instance_id=" + instanceId).assertOk().json();
		assertThat(page.get("instance_lts_configs")).hasSize(1);
		return page.at("/instance_lts_configs/0");
	}

	private static JsonNode logOf(JsonNode instance, String logType) {
		for (JsonNode config : instance.get("lts_configs")) {
			if (config.get("log_type").asString().equals(logType)) {
				return config;
			}
		}
		throw new AssertionError("no " + logType + " in " + instance);
	}

	@Test
	void everyInstanceIsListedWithBothLogsOffAndTheDeclaredTypes() {
		JsonNode page = this.api.get(PATH).assertOk().json();

		assertThat(page.get("total_count").isInt()).isTrue();
		assertThat(page.get("total_count").asInt()).isEqualTo(2);
		JsonNode demo = configsOf(ApiClient.INSTANCE);
		assertThat(demo.get("lts_configs")).hasSize(2).allSatisfy((config) -> {
			assertThat(config.get("enabled").isBoolean()).isTrue();
			assertThat(config.get("enabled").asBoolean()).isFalse();
			assertThat(config.get("lts_group_id").isString()).isTrue();
			assertThat(config.get("lts_stream_id").isString()).isTrue();
		});
		JsonNode instance = demo.get("instance");
		for (String field : java.util.List.of("id", "name", "mode", "engine_name", "engine_version", "status",
				"enterprise_project_id", "enterprise_project_name")) {
			assertThat(instance.get(field).isString()).as(field).isTrue();
		}
		assertThat(instance.get("name").asString()).isEqualTo("demo-starrocks");
		assertThat(instance.get("mode").asString()).isEqualTo("Cluster");
		assertThat(instance.get("engine_name").asString()).isEqualTo("star-rocks");
	}

	@Test
	void aBatchLinksLogsOfSeveralInstancesAndALaterOneMovesThem() {
		String reply = this.api
			.post(PATH,
					"{\"log_configs\":[" + link(ApiClient.INSTANCE, "error_log") + "," + link(SECOND, "slow_log")
							+ "]}")
			.assertOk()
			.body();
		assertThat(reply).isEqualTo("{}");

		JsonNode error = logOf(configsOf(ApiClient.INSTANCE), "error_log");
		assertThat(error.get("enabled").asBoolean()).isTrue();
		assertThat(error.get("lts_group_id").asString()).isEqualTo(GROUP);
		assertThat(error.get("lts_stream_id").asString()).isEqualTo(STREAM);
		assertThat(logOf(configsOf(ApiClient.INSTANCE), "slow_log").get("enabled").asBoolean()).isFalse();
		assertThat(logOf(configsOf(SECOND), "slow_log").get("enabled").asBoolean()).isTrue();

		this.api
			.post(PATH,
					"""
							{"log_configs":[{"instance_id":"%s","log_type":"error_log","lts_group_id":"g2","lts_stream_id":"s2"}]}"""
						.formatted(ApiClient.INSTANCE))
			.assertOk();
		assertThat(logOf(configsOf(ApiClient.INSTANCE), "error_log").get("lts_group_id").asString()).isEqualTo("g2");
	}

	@Test
	void aBatchNamingAnUnknownInstanceOrALogTwiceChangesNothing() {
		this.api
			.post(PATH,
					"{\"log_configs\":[" + link(ApiClient.INSTANCE, "error_log") + ","
							+ link("00000000000000000000000000000000in17", "error_log") + "]}")
			.assertError(400, "DBS.200022", "Instance not found.");
		this.api.post(PATH, "{\"log_configs\":[" + link(SECOND, "error_log") + "," + link(SECOND, "error_log") + "]}")
			.assertError(400, "DBS.280001",
					"Parameter error. log_configs: the error_log of instance " + SECOND + " is named twice");

		assertThat(logOf(configsOf(ApiClient.INSTANCE), "error_log").get("enabled").asBoolean()).isFalse();
		assertThat(logOf(configsOf(SECOND), "error_log").get("enabled").asBoolean()).isFalse();
	}

	@Test
	void unlinkingALogThatIsNotLinkedIsAParameterErrorAndChangesNothing() {
		this.api.post(PATH, "{\"log_configs\":[" + link(ApiClient.INSTANCE, "error_log") + "]}").assertOk();

		this.api
			.send("DELETE", PATH,
					"""
							{"log_configs":[{"instance_id":"%s","log_type":"error_log"},{"instance_id":"%s","log_type":"slow_log"}]}"""
						.formatted(ApiClient.INSTANCE, ApiClient.INSTANCE))
			.assertError(400, "DBS.280001", "Parameter error. log_configs: the slow_log of instance "
					+ ApiClient.INSTANCE + " is not sent to LTS");
		assertThat(logOf(configsOf(ApiClient.INSTANCE), "error_log").get("enabled").asBoolean()).isTrue();

		this.api.send("DELETE", PATH, """
				{"log_configs":[{"instance_id":"%s","log_type":"error_log"}]}""".formatted(ApiClient.INSTANCE))
			.assertOk();
		assertThat(logOf(configsOf(ApiClient.INSTANCE), "error_log").get("enabled").asBoolean()).isFalse();
		this.api.send("DELETE", PATH, """
				{"log_configs":[{"instance_id":"00000000000000000000000000000000in17","log_type":"error_log"}]}""")
			.assertError(400, "DBS.280001", "Parameter error.");
	}

	@Test
	void filtersAreExactAndPagesFollowTheOffset() {
		assertThat(this.api.get(PATH + "?instance_name=second").json().get("total_count").asInt()).isEqualTo(1);
		assertThat(this.api.get(PATH + "?instance_name=secon").json().get("instance_lts_configs")).isEmpty();
		assertThat(this.api.get(PATH + "?enterprise_project_id=0").json().get("total_count").asInt()).isEqualTo(2);
		assertThat(this.api.get(PATH + "?enterprise_project_id=other").json().get("total_count").asInt()).isZero();
		assertThat(this.api.get(PATH + "?instance_id=" + SECOND + "&instance_name=second&enterprise_project_id=0")
			.json()
			.at("/instance_lts_configs/0/instance/id")
			.asString()).isEqualTo(SECOND);

		JsonNode first = this.api.get(PATH + "?limit=1&offset=0").assertOk().json();
		JsonNode second = this.api.get(PATH + "?limit=1&offset=1").assertOk().json();
		JsonNode past = this.api.get(PATH + "?offset=2").assertOk().json();
		assertThat(first.get("instance_lts_configs")).hasSize(1);
		assertThat(second.get("instance_lts_configs")).hasSize(1);
		assertThat(first.at("/instance_lts_configs/0/instance/id"))
			.isNotEqualTo(second.at("/instance_lts_configs/0/instance/id"));
		assertThat(past.get("instance_lts_configs")).isEmpty();
		assertThat(past.get("total_count").asInt()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "limit=0", "limit=101", "offset=-1", "offset=x", "instance_id=nope" })
	void badQueriesAreParameterErrors(String query) {
		this.api.get(PATH + "?" + query).assertError(400, "DBS.280001", "Parameter error.");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{}", "{\"log_configs\":[]}", "{\"log_configs\":{}}",
			"{\"log_configs\":[{\"instance_id\":\"aaaabbbbccccddddeeeeffff00001111in17\",\"log_type\":\"audit_log\",\"lts_group_id\":\"g\",\"lts_stream_id\":\"s\"}]}",
			"{\"log_configs\":[{\"instance_id\":\"aaaabbbbccccddddeeeeffff00001111in17\",\"log_type\":\"error_log\",\"lts_stream_id\":\"s\"}]}",
			"{\"log_configs\":[{\"instance_id\":\"aaaabbbbccccddddeeeeffff00001111in17\",\"log_type\":\"error_log\",\"lts_group_id\":1,\"lts_stream_id\":\"s\"}]}",
			"{\"log_configs\":[{\"instance_id\":\"aaaabbbbccccddddeeeeffff00001111in17\",\"log_type\":\"error_log\",\"lts_group_id\":\"a b\",\"lts_stream_id\":\"s\"}]}" })
	void malformedBatchesAreRefused(String body) {
		ApiResponse reply = this.api.post(PATH, body);

		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("error_code").asString()).startsWith("DBS.");
		assertThat(this.api.send("DELETE", PATH, body).status()).isEqualTo(400);
		assertThat(logOf(configsOf(ApiClient.INSTANCE), "error_log").get("enabled").asBoolean()).isFalse();
	}

	@Test
	void aBatchHasAtMostOneHundredConfigurations() {
		StringBuilder body = new StringBuilder("{\"log_configs\":[");
		for (int i = 0; i < 101; i++) {
			body.append((i > 0) ? "," : "").append(link(ApiClient.INSTANCE, "error_log"));
		}
		this.api.post(PATH, body.append("]}").toString()).assertError(400, "DBS.280001", "Parameter error.");
	}

}
