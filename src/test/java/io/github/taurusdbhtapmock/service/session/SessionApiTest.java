package io.github.taurusdbhtapmock.service.session;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions of a StarRocks instance over HTTP: ShowHtapProcessList (paged by limit and
 * offset) and DeleteHtapProcessList (a kill, with its ids in a DELETE body).
 */
class SessionApiTest extends EmulatorTest {

	private static final String PATH = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
			+ "/htap/process";

	@BeforeEach
	void resetProject() {
		this.api.post("/_emulator/reset?project_id=" + ApiClient.PROJECT, null);
	}

	private List<JsonNode> all() {
		List<JsonNode> sessions = new ArrayList<>();
		int offset = 0;
		while (true) {
			JsonNode page = this.api.get(PATH + "?limit=100&offset=" + offset).assertOk().json().get("process_list");
			if (page.isEmpty()) {
				return sessions;
			}
			page.forEach(sessions::add);
			offset += page.size();
		}
	}

	@Test
	void aNewInstanceHasItsManagementSessionWithTheDeclaredTypes() {
		List<JsonNode> sessions = all();

		assertThat(sessions).hasSize(1);
		JsonNode session = sessions.get(0);
		assertThat(session.get("id").isString()).isTrue();
		assertThat(session.get("duration").isNumber()).isTrue();
		for (String field : List.of("user", "host", "state", "database", "sql_statement", "command")) {
			assertThat(session.get(field).isString()).as(field).isTrue();
		}
		assertThat(session.get("user").asString()).isEqualTo("root");
	}

	@Test
	void eachRunningTaskHasAWriterSessionOnItsDestinationDatabase() {
		String first = createTask();
		String second = createTask();

		List<JsonNode> sessions = all();

		assertThat(sessions).hasSize(3);
		assertThat(sessions.subList(1, 3)).allSatisfy((session) -> {
			assertThat(session.get("user").asString()).isEqualTo("htap_sync");
			assertThat(session.get("command").asString()).isEqualTo("Query");
		});
		assertThat(sessions.get(1).get("sql_statement").asString()).contains(first);
		assertThat(sessions.get(2).get("sql_statement").asString()).contains(second);
		assertThat(sessions.get(1).get("database").asString())
			.isEqualTo(this.api.listed(first).get("target_database").asString());
		assertThat(all()).as("the same list again").isEqualTo(sessions);
	}

	@Test
	void pagesFollowTheOffsetAndEndEmpty() {
		createTask();
		createTask();
		List<JsonNode> sessions = all();

		JsonNode first = this.api.get(PATH + "?limit=2&offset=0").assertOk().json().get("process_list");
		JsonNode second = this.api.get(PATH + "?limit=2&offset=2").assertOk().json().get("process_list");
		JsonNode past = this.api.get(PATH + "?limit=2&offset=3").assertOk().json().get("process_list");

		assertThat(first).hasSize(2);
		assertThat(second).hasSize(1);
		assertThat(past).isEmpty();
		assertThat(second.get(0)).isEqualTo(sessions.get(2));
		assertThat(this.api.get(PATH).assertOk().json().get("process_list")).hasSize(3);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "limit=0", "limit=101", "limit=x", "offset=-1", "offset=1.5" })
	void badPagingIsAParameterError(String query) {
		this.api.get(PATH + "?" + query).assertError(400, "DBS.280001", "Parameter error.");
	}

	@Test
	void aKilledSessionIsGoneAndStaysGone() {
		createTask();
		List<JsonNode> before = all();
		String writer = before.get(1).get("id").asString();

		JsonNode reply = this.api.send("DELETE", PATH, "{\"process_list\":[\"" + writer + "\"]}").assertOk().json();

		assertThat(reply.get("status").asString()).isEqualTo("success");
		assertThat(all()).extracting((session) -> session.get("id").asString()).containsExactly("1");
		this.api.send("DELETE", PATH, "{\"process_list\":[\"" + writer + "\"]}")
			.assertError(400, "DBS.280001", "Parameter error. process_list: StarRocks instance");
	}

	@Test
	void aKillNamingAnUnknownSessionKillsNothing() {
		this.api.send("DELETE", PATH, "{\"process_list\":[\"1\",\"424242\"]}")
			.assertError(400, "DBS.280001", "Parameter error. process_list: StarRocks instance " + ApiClient.INSTANCE
					+ " has no session 424242");

		assertThat(all()).hasSize(1);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"process_list\":[]}", "{}", "{\"process_list\":[1]}", "{\"process_list\":\"1\"}",
			"{\"process_list\":[\"abc\"]}", "{\"process_list\":[null]}" })
	void aKillNeedsSessionIdsAsStrings(String body) {
		assertThat(this.api.send("DELETE", PATH, body).status()).isEqualTo(400);
		assertThat(all()).hasSize(1);
	}

	@Test
	void anUnknownInstanceIsNotFound() {
		String unknown = PATH.replace(ApiClient.INSTANCE, "00000000000000000000000000000000in17");
		this.api.get(unknown).assertError(400, "DBS.200022", "Instance not found.");
		this.api.send("DELETE", unknown, "{\"process_list\":[\"1\"]}")
			.assertError(400, "DBS.200022", "Instance not found.");
	}

}
