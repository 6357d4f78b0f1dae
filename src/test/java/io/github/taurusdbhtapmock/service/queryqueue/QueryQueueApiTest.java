package io.github.taurusdbhtapmock.service.queryqueue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query queue of a StarRocks instance over HTTP: ShowHtapQueryQueuesRule,
 * SetHtapQueryQueuesRule and UpdateHtapQueryQueuesControl, with the SDK's JSON types.
 */
class QueryQueueApiTest extends EmulatorTest {

	private static final String INSTANCE_PATH = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE;

	private static final String RULES = INSTANCE_PATH + "/query-queue/rules";

	private static final String SWITCH = INSTANCE_PATH + "/htap/query-queue/switch";

	private static final String UNKNOWN = "/v3/" + ApiClient.PROJECT
			+ "/instances/00000000000000000000000000000000in17";

	@BeforeEach
	void resetProject() {
		this.api.post("/_emulator/reset?project_id=" + ApiClient.PROJECT, null);
	}

	@Test
	void aNewInstanceHasStarRocksDefaultsAndTheQueueOff() {
		JsonNode rule = this.api.get(RULES).assertOk().json().get("query_queue_rule");

		assertThat(rule.propertyNames()).containsExactlyInAnyOrder("query_queue_max_queued_queries",
				"query_queue_pending_timeout_second", "query_queue_concurrency_limit", "query_queue_mem_used_pct_limit",
				"query_queue_cpu_used_pct_limit", "enable_query_queue_select");
		assertThat(rule.get("query_queue_max_queued_queries").isInt()).isTrue();
		assertThat(rule.get("query_queue_max_queued_queries").asInt()).isEqualTo(1024);
		assertThat(rule.get("query_queue_pending_timeout_second").asInt()).isEqualTo(300);
		assertThat(rule.get("query_queue_concurrency_limit").asInt()).isZero();
		assertThat(rule.get("query_queue_mem_used_pct_limit").isInt()).isTrue();
		assertThat(rule.get("query_queue_cpu_used_pct_limit").isInt()).isTrue();
		assertThat(rule.get("enable_query_queue_select").isString()).isTrue();
		assertThat(rule.get("enable_query_queue_select").asString()).isEqualTo("false");
	}

	@Test
	void theSwitchAndTheRulesAreReadBackAsTheProviderSetsThem() {
		JsonNode switched = this.api.post(SWITCH, "{\"enable_query_queue_select\":\"true\"}").assertOk().json();
		assertThat(switched.get("status").asString()).isEqualTo("success");
		assertThat(switched.get("msg").isString()).isTrue();
		JsonNode set = this.api.put(RULES,
				"""
						{"query_queue_rule":{"query_queue_max_queued_queries":10240,"query_queue_pending_timeout_second":3000,
						 "query_queue_concurrency_limit":100,"query_queue_mem_used_pct_limit":100,"query_queue_cpu_used_pct_limit":100}}""")
			.assertOk()
			.json();
		assertThat(set.get("status").asString()).isEqualTo("success");

		JsonNode rule = this.api.get(RULES).assertOk().json().get("query_queue_rule");
		assertThat(rule.get("query_queue_max_queued_queries").asInt()).isEqualTo(10240);
		assertThat(rule.get("query_queue_pending_timeout_second").asInt()).isEqualTo(3000);
		assertThat(rule.get("query_queue_concurrency_limit").asInt()).isEqualTo(100);
		assertThat(rule.get("query_queue_mem_used_pct_limit").asInt()).isEqualTo(100);
		assertThat(rule.get("query_queue_cpu_used_pct_limit").asInt()).isEqualTo(100);
		assertThat(rule.get("enable_query_queue_select").asString()).isEqualTo("true");
	}

	@Test
	void aFieldLeftOutKeepsItsValueAndTheRuleMayCarryTheSwitch() {
		this.api.put(RULES, "{\"query_queue_rule\":{\"query_queue_concurrency_limit\":7}}").assertOk();
		this.api.put(RULES, "{\"query_queue_rule\":{\"enable_query_queue_select\":\"true\"}}").assertOk();

		JsonNode rule = this.api.get(RULES).assertOk().json().get("query_queue_rule");
		assertThat(rule.get("query_queue_concurrency_limit").asInt()).isEqualTo(7);
		assertThat(rule.get("query_queue_max_queued_queries").asInt()).isEqualTo(1024);
		assertThat(rule.get("enable_query_queue_select").asString()).isEqualTo("true");

		this.api.post(SWITCH, "{\"enable_query_queue_select\":\"false\"}").assertOk();
		assertThat(this.api.get(RULES).json().at("/query_queue_rule/enable_query_queue_select").asString())
			.isEqualTo("false");
		assertThat(this.api.get(RULES).json().at("/query_queue_rule/query_queue_concurrency_limit").asInt())
			.isEqualTo(7);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\"query_queue_mem_used_pct_limit\":101", "\"query_queue_cpu_used_pct_limit\":-1",
			"\"query_queue_pending_timeout_second\":0", "\"query_queue_max_queued_queries\":1000001",
			"\"query_queue_concurrency_limit\":-5", "\"enable_query_queue_select\":\"yes\"" })
	void aThresholdOutOfRangeIsRefusedAndChangesNothing(String field) {
		JsonNode before = this.api.get(RULES).assertOk().json();

		this.api.put(RULES, "{\"query_queue_rule\":{" + field + "}}")
			.assertError(400, "DBS.280001", "Parameter error.");

		assertThat(this.api.get(RULES).json()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"query_queue_rule\":{\"query_queue_max_queued_queries\":\"10\"}}",
			"{\"query_queue_rule\":{\"query_queue_max_queued_queries\":10.5}}",
			"{\"query_queue_rule\":{\"query_queue_max_queued_queries\":true}}",
			"{\"query_queue_rule\":{\"query_queue_max_queued_queries\":99999999999}}",
			"{\"query_queue_rule\":{\"enable_query_queue_select\":true}}", "{\"query_queue_rule\":[]}",
			"{\"query_queue_rule\":\"x\"}" })
	void wrongJsonTypesAreRefused(String body) {
		assertThat(this.api.put(RULES, body).status()).isEqualTo(400);
		assertThat(this.api.put(RULES, body).json().get("error_code").asString()).isEqualTo("DBS.280001");
	}

	@Test
	void anEmptyRuleOrNoRuleIsRefused() {
		this.api.put(RULES, "{\"query_queue_rule\":{}}")
			.assertError(400, "DBS.280001", "Parameter error. query_queue_rule: give at least one threshold");
		assertThat(this.api.put(RULES, "{}").status()).isEqualTo(400);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"enable_query_queue_select\":true}", "{\"enable_query_queue_select\":\"on\"}", "{}",
			"{\"enable_query_queue_select\":1}" })
	void theSwitchTakesTheStringsTrueOrFalse(String body) {
		assertThat(this.api.post(SWITCH, body).status()).isEqualTo(400);
		assertThat(this.api.get(RULES).json().at("/query_queue_rule/enable_query_queue_select").asString())
			.isEqualTo("false");
	}

	@Test
	void anUnknownInstanceIsNotFound() {
		this.api.get(UNKNOWN + "/query-queue/rules").assertError(400, "DBS.200022", "Instance not found.");
		this.api.put(UNKNOWN + "/query-queue/rules", "{\"query_queue_rule\":{\"query_queue_concurrency_limit\":1}}")
			.assertError(400, "DBS.200022", "Instance not found.");
		this.api.post(UNKNOWN + "/htap/query-queue/switch", "{\"enable_query_queue_select\":\"true\"}")
			.assertError(400, "DBS.200022", "Instance not found.");
	}

	@Test
	void aMalformedInstanceIdIsAParameterError() {
		this.api.get("/v3/" + ApiClient.PROJECT + "/instances/nope/query-queue/rules")
			.assertError(400, "DBS.280001", "Parameter error.");
	}

}
