package io.github.taurusdbhtapmock.service.dbuser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * emulator.limits.users-per-instance: a user past it is refused with the documented quota
 * shape naming the setting, in English and Chinese, and nothing changes; a delete makes
 * room again, and an import past it is refused too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.jobs.duration=0s", "emulator.limits.users-per-instance=2" })
class DatabaseUserQuotaTest {

	@LocalServerPort
	private int port;

	private ApiClient api;

	@BeforeEach
	void reset() {
		this.api = ApiClient.forPort(this.port);
		this.api.post("/_emulator/reset", "").assertOk();
	}

	@Test
	void anInstanceHoldsAtMostItsQuotaOfUsers() {
		create("first").assertOk();
		create("second").assertOk();
		String state = this.api.get("/_emulator/state").assertOk().body();

		create("third").assertError(413, "DBS.290003",
				"The number of database users has reached the quota. StarRocks instance " + ApiClient.INSTANCE
						+ " may hold at most 2 database users "
						+ "(emulator.limits.users-per-instance, env EMULATOR_LIMITS_USERSPERINSTANCE)");
		ApiResponse chinese = this.api.withHeader("X-Language", "zh-cn")
			.post(DatabaseUserHttpTest.USERS, body("third"))
			.assertError(413, "DBS.290003", "数据库用户数量已达到配额。");
		assertThat(chinese.errorMessage()).contains("emulator.limits.users-per-instance");
		assertThat(this.api.get("/_emulator/state").assertOk().body()).isEqualTo(state);

		this.api.send("DELETE", DatabaseUserHttpTest.USERS + "?user_name=first", null).assertOk();
		create("third").assertOk();
	}

	@Test
	void anImportPastTheQuotaIsRefused() {
		create("first").assertOk();
		create("second").assertOk();
		ObjectNode exported = (ObjectNode) this.api.get("/_emulator/state").assertOk().json();
		ArrayNode users = (ArrayNode) exported.get("database_users");
		ObjectNode third = ((ObjectNode) users.get(0)).deepCopy();
		third.put("user_name", "third");
		users.add(third);
		String tripled = exported.toString();

		this.api.put("/_emulator/state", tripled)
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request. StarRocks instance " + ApiClient.INSTANCE
					+ " may hold at most 2 database users");
	}

	private ApiResponse create(String name) {
		return this.api.post(DatabaseUserHttpTest.USERS, body(name));
	}

	private static String body(String name) {
		return DatabaseUserHttpTest.body(name, "Test@12345678", "[]", "0", "0");
	}

}
