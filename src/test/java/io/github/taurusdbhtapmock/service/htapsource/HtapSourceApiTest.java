package io.github.taurusdbhtapmock.service.htapsource;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The primary (TaurusDB) instance's databases and tables over HTTP:
 * ShowInstanceDatabasesForHtap and ShowInstanceTablesForHtap, on the StarRocks instance's
 * path, from the demo topology.
 */
class HtapSourceApiTest extends EmulatorTest {

	private static final String HTAP = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE + "/htap";

	private static final String DATABASES = HTAP + "/databases";

	private static final String TABLES = HTAP + "/tables";

	private static String databases(String patterns) {
		return "{\"databases\":%s,\"source_instance_id\":\"%s\"}".formatted(patterns, ApiClient.SOURCE_INSTANCE);
	}

	private static String tables(String databaseTables, String filterType) {
		return """
				{"source_instance_id":"%s","database_tables":%s,"selected_tables":[{"database":"src_db","tables":["t1"]}],
				 "filter_type":"%s"}"""
			.formatted(ApiClient.SOURCE_INSTANCE, databaseTables, filterType);
	}

	private static List<String> names(JsonNode list) {
		return list.valueStream().map(JsonNode::asString).toList();
	}

	@Test
	void databasesContainingThePatternInAnyCaseSortedWithTheirCount() {
		JsonNode all = this.api.post(DATABASES + "?limit=100&offset=0", databases("[]")).assertOk().json();
		assertThat(names(all.get("databases"))).containsExactly("sales", "src_db");
		assertThat(all.get("total_count").isInt()).isTrue();
		assertThat(all.get("total_count").asInt()).isEqualTo(2);

		JsonNode fuzzy = this.api.post(DATABASES, databases("[\"SRC\"]")).assertOk().json();
		assertThat(names(fuzzy.get("databases"))).containsExactly("src_db");
		assertThat(fuzzy.get("total_count").asInt()).isEqualTo(1);
		assertThat(names(this.api.post(DATABASES, databases("[\"nothing\"]")).json().get("databases"))).isEmpty();
		assertThat(names(this.api.post(DATABASES, "{\"source_instance_id\":\"" + ApiClient.SOURCE_INSTANCE + "\"}")
			.json()
			.get("databases"))).hasSize(2);
	}

	@Test
	void databasePagesFollowTheOffsetAndTheCountStays() {
		JsonNode first = this.api.post(DATABASES + "?limit=1&offset=0", databases("[]")).assertOk().json();
		JsonNode second = this.api.post(DATABASES + "?limit=1&offset=1", databases("[]")).assertOk().json();
		JsonNode past = this.api.post(DATABASES + "?limit=1&offset=2", databases("[]")).assertOk().json();

		assertThat(names(first.get("databases"))).containsExactly("sales");
		assertThat(names(second.get("databases"))).containsExactly("src_db");
		assertThat(past.get("databases")).isEmpty();
		assertThat(List.of(first, second, past))
			.allSatisfy((page) -> assertThat(page.get("total_count").asInt()).isEqualTo(2));
	}

	@Test
	void tablesQualifiedByTheirDatabaseForEitherFilterType() {
		JsonNode include = this.api
			.post(TABLES, tables("[{\"database\":\"src_db\",\"tables\":[\"t1\"]}]", "include_tables"))
			.assertOk()
			.json();
		assertThat(names(include.get("tables"))).containsExactly("src_db.t1");
		assertThat(include.get("total_count").asInt()).isEqualTo(1);

		JsonNode exclude = this.api
			.post(TABLES, tables("[{\"database\":\"src_db\",\"tables\":[\"t2\"]}]", "exclude_tables"))
			.assertOk()
			.json();
		assertThat(names(exclude.get("tables"))).containsExactly("src_db.t2");

		JsonNode both = this.api
			.post(TABLES + "?limit=2&offset=0",
					tables("[{\"database\":\"src_db\",\"tables\":[]},{\"database\":\"sales\",\"tables\":[\"ORD\"]}]",
							"include_tables"))
			.assertOk()
			.json();
		assertThat(names(both.get("tables"))).containsExactly("sales.orders", "src_db.orders");
		assertThat(both.get("total_count").asInt()).isEqualTo(4);
		assertThat(names(this.api
			.post(TABLES + "?limit=2&offset=2",
					tables("[{\"database\":\"src_db\",\"tables\":[]},{\"database\":\"sales\",\"tables\":[\"ORD\"]}]",
							"include_tables"))
			.json()
			.get("tables"))).containsExactly("src_db.t1", "src_db.t2");
	}

	@Test
	void anUnknownDatabaseIsNotFound() {
		this.api.post(TABLES, tables("[{\"database\":\"nope\",\"tables\":[]}]", "include_tables"))
			.assertError(400, "DBS.200823", "The database does not exist.");
	}

	@Test
	void theInstancesMustExistAndBeAttached() {
		String unknownStarRocks = DATABASES.replace(ApiClient.INSTANCE, "00000000000000000000000000000000in17");
		this.api.post(unknownStarRocks, databases("[]")).assertError(400, "DBS.200022", "Instance not found.");
		this.api.post(DATABASES, "{\"databases\":[],\"source_instance_id\":\"00000000000000000000000000000000in07\"}")
			.assertError(400, "DBS.200022", "Instance not found.");
		this.api
			.post(TABLES.replace(ApiClient.INSTANCE, "00000000000000000000000000000000in17"),
					tables("[{\"database\":\"src_db\"}]", "include_tables"))
			.assertError(400, "DBS.200022", "Instance not found.");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"databases\":[]}", "{\"databases\":\"src\",\"source_instance_id\":\"%s\"}",
			"{\"databases\":[1],\"source_instance_id\":\"%s\"}", "{\"databases\":[],\"source_instance_id\":7}",
			"{\"databases\":[\"\"],\"source_instance_id\":\"%s\"}" })
	void malformedDatabaseQueriesAreRefused(String body) {
		ApiResponse reply = this.api.post(DATABASES, body.formatted(ApiClient.SOURCE_INSTANCE));
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("error_code").asString()).startsWith("DBS.");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"source_instance_id\":\"%s\",\"filter_type\":\"include_tables\"}",
			"{\"source_instance_id\":\"%s\",\"database_tables\":[],\"filter_type\":\"include_tables\"}",
			"{\"source_instance_id\":\"%s\",\"database_tables\":[{\"database\":\"src_db\"}]}",
			"{\"source_instance_id\":\"%s\",\"database_tables\":[{\"database\":\"src_db\"}],\"filter_type\":\"all\"}",
			"{\"source_instance_id\":\"%s\",\"database_tables\":[{\"database\":\"src_db\",\"tables\":\"t1\"}],\"filter_type\":\"include_tables\"}",
			"{\"source_instance_id\":\"%s\",\"database_tables\":[{\"database\":1}],\"filter_type\":\"include_tables\"}" })
	void malformedTableQueriesAreRefused(String body) {
		ApiResponse reply = this.api.post(TABLES, body.formatted(ApiClient.SOURCE_INSTANCE));
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("error_code").asString()).startsWith("DBS.");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "limit=0", "limit=101", "offset=-1" })
	void badPagingIsAParameterError(String query) {
		this.api.post(DATABASES + "?" + query, databases("[]")).assertError(400, "DBS.280001", "Parameter error.");
		this.api.post(TABLES + "?" + query, tables("[{\"database\":\"src_db\"}]", "include_tables"))
			.assertError(400, "DBS.280001", "Parameter error.");
	}

}
