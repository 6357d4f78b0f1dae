package io.github.taurusdbhtapmock.service.lts;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Terraform provider does with these operations, replayed over HTTP as its code
 * sends and reads them: the lts_config resource (create, read through ListAllItems
 * paging, update, delete, delete again), the instance resource's slow-log and query-queue
 * arguments, the sessions_kill resource, and the data sources with their paging styles
 * (offset pages up to total_count, offset pages until a short page, and the line_num
 * cursor).
 */
class TerraformLtsAndDataSourcesFlowTest extends EmulatorTest {

	private static final String PROJECT = "/v3/" + ApiClient.PROJECT;

	private static final String SID = PROJECT + "/instances/" + ApiClient.INSTANCE;

	private static final String LTS = PROJECT + "/starrocks/instances/logs/lts-configs";

	private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

	@BeforeEach
	void resetProject() {
		this.api.post("/_emulator/reset?project_id=" + ApiClient.PROJECT, null).assertOk();
	}

	/**
	 * golangsdk ListAllItems("offset"): no limit, the offset grows by what each page
	 * held, the first empty page ends it; only the top-level array is kept.
	 */
	private List<JsonNode> listAllItems(String path, String array) {
		List<JsonNode> items = new ArrayList<>();
		int offset = 0;
		for (int page = 0; page < 1000; page++) {
			String query = (page == 0) ? "" : ((path.contains("?") ? "&" : "?") + "offset=" + offset);
			JsonNode list = this.api.get(path + query).assertOk().json().get(array);
			if (list.isEmpty()) {
				return items;
			}
			list.forEach(items::add);
			offset += list.size();
		}
		throw new AssertionError("ListAllItems ran 1000 pages: the offset is ignored");
	}

	/** The lts_config resource's Read: null when it is gone from state. */
	private JsonNode readLtsConfig(String logType) {
		List<JsonNode> instances = listAllItems(LTS + "?instance_id=" + ApiClient.INSTANCE, "instance_lts_configs");
		if (instances.isEmpty()) {
			return null;
		}
		for (JsonNode config : instances.get(0).get("lts_configs")) {
			if (config.get("log_type").asString().equals(logType) && config.get("enabled").asBoolean()) {
				return config;
			}
		}
		return null;
	}

	@Test
	void ltsConfigResourceCreateReadUpdateDelete() {
		// create: the reply is ignored, the ID is <instance_id>/<log_type>
		this.api
			.post(LTS,
					"""
							{"log_configs":[{"instance_id":"%s","log_type":"slow_log","lts_group_id":"group-1","lts_stream_id":"stream-1"}]}"""
						.formatted(ApiClient.INSTANCE))
			.assertOk();
		JsonNode created = readLtsConfig("slow_log");
		assertThat(created).isNotNull();
		assertThat(created.get("enabled").isBoolean()).isTrue();
		assertThat(created.get("lts_group_id").asString()).isEqualTo("group-1");

		// update: the same call with the second group and stream
		this.api
			.post(LTS,
					"""
							{"log_configs":[{"instance_id":"%s","log_type":"slow_log","lts_group_id":"group-2","lts_stream_id":"stream-2"}]}"""
						.formatted(ApiClient.INSTANCE))
			.assertOk();
		JsonNode updated = readLtsConfig("slow_log");
		assertThat(updated.get("lts_group_id").asString()).isEqualTo("group-2");
		assertThat(updated.get("lts_stream_id").asString()).isEqualTo("stream-2");
		assertThat(readLtsConfig("error_log")).as("the other log").isNull();

		// delete: afterwards the Read finds it disabled, so it leaves the state
		String unlink = "{\"log_configs\":[{\"instance_id\":\"%s\",\"log_type\":\"slow_log\"}]}"
			.formatted(ApiClient.INSTANCE);
		assertThat(this.api.send("DELETE", LTS, unlink).status()).isIn(200, 202, 204);
		assertThat(readLtsConfig("slow_log")).isNull();
		// a second delete: 400 DBS.280001 counts as already gone
		this.api.send("DELETE", LTS, unlink).assertError(400, "DBS.280001", "Parameter error.");
	}

	@Test
	void ltsConfigsDataSourceFiltersByAllThreeAndFindsTheConfiguration() {
		this.api
			.post(LTS,
					"""
							{"log_configs":[{"instance_id":"%s","log_type":"error_log","lts_group_id":"group-1","lts_stream_id":"stream-1"}]}"""
						.formatted(ApiClient.INSTANCE))
			.assertOk();

		List<JsonNode> instances = listAllItems(
				LTS + "?instance_id=" + ApiClient.INSTANCE + "&instance_name=demo-starrocks&enterprise_project_id=0",
				"instance_lts_configs");

		assertThat(instances).hasSize(1);
		assertThat(instances.get(0).at("/instance/id").asString()).isEqualTo(ApiClient.INSTANCE);
		assertThat(instances.get(0)
			.get("lts_configs")
			.valueStream()
			.anyMatch((config) -> config.get("enabled").asBoolean()
					&& config.get("log_type").asString().equals("error_log")))
			.isTrue();
	}

	@Test
	void instanceResourceSlowLogAndQueryQueueArguments() {
		// create, steps 6 and 7: the slow-log switch as a JSON bool, the queue switch and
		// rules (both need status "success")
		this.api.put(SID + "/starrocks/slowlog-sensitive", "{\"open_slow_log_switch\":true}").assertOk();
		assertThat(this.api.post(SID + "/htap/query-queue/switch", "{\"enable_query_queue_select\":\"true\"}")
			.assertOk()
			.text("status")).isEqualTo("success");
		assertThat(this.api.put(SID + "/query-queue/rules",
				"""
						{"query_queue_rule":{"query_queue_max_queued_queries":10240,"query_queue_pending_timeout_second":3000,
						 "query_queue_concurrency_limit":100,"query_queue_mem_used_pct_limit":100,"query_queue_cpu_used_pct_limit":100}}""")
			.assertOk()
			.text("status")).isEqualTo("success");

		// read: the switch is read as a string, the five limits as numbers
		JsonNode masking = this.api.get(SID + "/starrocks/slowlog-sensitive").assertOk().json();
		assertThat(masking.get("open_slow_log_switch").isString()).isTrue();
		assertThat(masking.get("open_slow_log_switch").asString()).isEqualTo("true");
		JsonNode rule = this.api.get(SID + "/query-queue/rules").assertOk().json().get("query_queue_rule");
		assertThat(rule.get("query_queue_max_queued_queries").isNumber()).isTrue();
		assertThat(rule.get("enable_query_queue_select").asString()).isEqualTo("true");

		// update: the switch changed, then the rules, which the read echoes
		this.api.put(SID + "/starrocks/slowlog-sensitive", "{\"open_slow_log_switch\":false}").assertOk();
		this.api.post(SID + "/htap/query-queue/switch", "{\"enable_query_queue_select\":\"false\"}").assertOk();
		this.api.put(SID + "/query-queue/rules",
				"""
						{"query_queue_rule":{"query_queue_max_queued_queries":1024,"query_queue_pending_timeout_second":300,
						 "query_queue_concurrency_limit":0,"query_queue_mem_used_pct_limit":0,"query_queue_cpu_used_pct_limit":0}}""")
			.assertOk();
		JsonNode updated = this.api.get(SID + "/query-queue/rules").assertOk().json().get("query_queue_rule");
		assertThat(updated.get("query_queue_max_queued_queries").asInt()).isEqualTo(1024);
		assertThat(updated.get("query_queue_pending_timeout_second").asInt()).isEqualTo(300);
		assertThat(updated.get("query_queue_concurrency_limit").asInt()).isZero();
		assertThat(updated.get("enable_query_queue_select").asString()).isEqualTo("false");
		assertThat(this.api.get(SID + "/starrocks/slowlog-sensitive").json().get("open_slow_log_switch").asString())
			.isEqualTo("false");
	}

	@Test
	void sessionsDataSourceAndSessionsKill() {
		createTask();
		// P1: limit=100, the offset grows by the items received, a short page ends it
		List<JsonNode> sessions = new ArrayList<>();
		int offset = 0;
		while (true) {
			JsonNode page = this.api.get(SID + "/htap/process?limit=100&offset=" + offset)
				.assertOk()
				.json()
				.get("process_list");
			page.forEach(sessions::add);
			offset += page.size();
			if (page.size() < 100) {
				break;
			}
		}
		assertThat(sessions).hasSize(2).allSatisfy((session) -> {
			assertThat(session.get("id").isString()).isTrue();
			assertThat(session.get("duration").isNumber()).isTrue();
		});

		String id = sessions.get(1).get("id").asString();
		JsonNode killed = this.api.send("DELETE", SID + "/htap/process", "{\"process_list\":[\"" + id + "\"]}")
			.assertOk()
			.json();
		assertThat(killed.get("status").asString()).isEqualTo("success");
		assertThat(killed.get("msg").isString()).isTrue();
	}

	/** P2: limit=100, the offset grows, until the items collected reach total_count. */
	private List<String> pagedToTotal(String path, String body, String array) {
		List<String> items = new ArrayList<>();
		int offset = 0;
		while (true) {
			JsonNode page = this.api.post(path + "?limit=100&offset=" + offset, body).assertOk().json();
			page.get(array).forEach((item) -> items.add(item.asString()));
			offset += page.get(array).size();
			if (page.get(array).isEmpty() || items.size() == page.get("total_count").asInt()) {
				return items;
			}
		}
	}

	@Test
	void primaryInstanceDatabasesAndTablesDataSources() {
		List<String> databases = pagedToTotal(SID + "/htap/databases",
				"{\"databases\":[\"src\"],\"source_instance_id\":\"%s\"}".formatted(ApiClient.SOURCE_INSTANCE),
				"databases");
		assertThat(databases).containsExactly("src_db").allMatch((name) -> name.contains("src"));

		List<String> whitelist = pagedToTotal(SID + "/htap/tables", """
				{"source_instance_id":"%s","database_tables":[{"database":"src_db","tables":["t1"]}],
				 "selected_tables":[{"database":"src_db","tables":["t1","t2"]}],"filter_type":"include_tables"}"""
			.formatted(ApiClient.SOURCE_INSTANCE), "tables");
		assertThat(whitelist).containsExactly("src_db.t1");
		List<String> blacklist = pagedToTotal(SID + "/htap/tables", """
				{"source_instance_id":"%s","database_tables":[{"database":"src_db","tables":["orders"]}],
				 "selected_tables":[{"database":"src_db","tables":["t1","t2"]}],"filter_type":"exclude_tables"}"""
			.formatted(ApiClient.SOURCE_INSTANCE), "tables");
		assertThat(blacklist).containsExactly("src_db.orders");
	}

	/**
	 * P4: the body carries limit; after a full page the next request sends the last
	 * line's line_num.
	 */
	private List<JsonNode> byLineNum(String path, String array, int limit, Function<String, String> body) {
		List<JsonNode> lines = new ArrayList<>();
		String cursor = "";
		while (true) {
			ApiResponse reply = this.api.post(path, body.apply(cursor));
			JsonNode page = reply.assertOk().json().get(array);
			page.forEach(lines::add);
			if (page.size() < limit) {
				return lines;
			}
			cursor = ",\"line_num\":\"" + page.get(page.size() - 1).get("line_num").asString() + "\"";
		}
	}

	@Test
	void errorAndSlowLogDataSourcesOverTheLastTenHoursInUtcPlus8() {
		ZonedDateTime end = ZonedDateTime.now(ZoneOffset.ofHours(8));
		String window = "\"start_time\":\"%s\",\"end_time\":\"%s\""
			.formatted(LOG_TIME.format(end.minus(Duration.ofHours(10))), LOG_TIME.format(end.minusSeconds(1)));

		// the error-log limit goes as a JSON number, the level filter is exact
		List<JsonNode> errors = byLineNum(SID + "/starrocks/error-logs", "error_log_list", 100,
				(cursor) -> "{\"node_id\":\"\"," + window + ",\"level\":\"ERROR\",\"limit\":100" + cursor + "}");
		assertThat(errors).isNotEmpty().allSatisfy((line) -> {
			assertThat(line.get("level").asString()).isEqualTo("ERROR");
			assertThat(line.get("line_num").isString()).isTrue();
		});
		assertThat(errors.stream().map((line) -> line.get("line_num").asString()).distinct().count())
			.isEqualTo(errors.size());

		List<JsonNode> selects = byLineNum(SID + "/starrocks/slow-logs", "slow_log_list", 5000,
				(cursor) -> "{\"node_id\":\"\"," + window + ",\"limit\":5000,\"operate_type\":\"SELECT\"" + cursor
						+ "}");
		assertThat(selects).isNotEmpty().allSatisfy((line) -> {
			assertThat(line.get("type").asString()).isEqualTo("SELECT");
			assertThat(line.get("slow_log_date").isNumber()).isTrue();
		});
	}

}
