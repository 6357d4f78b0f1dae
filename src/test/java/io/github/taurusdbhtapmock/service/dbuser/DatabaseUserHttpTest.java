package io.github.taurusdbhtapmock.service.dbuser;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database user operations over HTTP: each success with the JSON types the SDK
 * declares, each error they answer, and no password in any reply, export or journal
 * entry.
 */
class DatabaseUserHttpTest extends EmulatorTest {

	static final String USERS = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE + "/starrocks/users";

	private static final String UNKNOWN_INSTANCE = ApiClient.INSTANCE.replace("aaaabbbb", "00000000");

	private static final String PASSWORD = "Test@12345678";

	@Autowired
	private DatabaseUserRepository repository;

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", "").assertOk();
	}

	@Test
	void aCreatedUserIsListedWithItsPrivilegesAndWithoutItsPassword() {
		ApiResponse created = create("app_user", PASSWORD, "[\"sys\",\"information_schema\"]", "3", "1").assertOk();
		assertThat(created.json().propertyNames()).containsExactly("result");
		assertThat(created.text("result")).isEqualTo("SUCCESS");

		ApiResponse listed = this.api.get(USERS + "?limit=100&offset=0&user_name=app_user").assertOk();
		JsonNode page = listed.json();
		assertThat(page.get("total_count").isInt()).isTrue();
		assertThat(page.get("total_count").asInt()).isEqualTo(1);
		JsonNode user = page.get("user_details").get(0);
		assertThat(user.propertyNames()).containsExactlyInAnyOrder("user_name", "data_bases", "databases", "dml",
				"ddl");
		assertThat(user.get("user_name").asString()).isEqualTo("app_user");
		assertThat(user.get("dml").isInt()).isTrue();
		assertThat(user.get("dml").asInt()).isEqualTo(3);
		assertThat(user.get("ddl").isInt()).isTrue();
		assertThat(user.get("ddl").asInt()).isEqualTo(1);
		assertThat(texts(user.get("databases"))).containsExactly("sys", "information_schema");
		assertThat(texts(user.get("data_bases"))).containsExactly("sys", "information_schema");
		assertThat(listed.body()).doesNotContain(PASSWORD).doesNotContain("password").doesNotContain("pbkdf2");
	}

	@Test
	void privilegesDefaultAsDocumented() {
		this.api.post(USERS, "{\"user_name\":\"plain\",\"password\":\"" + PASSWORD + "\"}").assertOk();

		JsonNode user = only("plain");
		assertThat(user.get("dml").asInt()).isEqualTo(2);
		assertThat(user.get("ddl").asInt()).isEqualTo(0);
		assertThat(user.get("databases")).isEmpty();
	}

	@Test
	void aUserNameIsUniquePerInstance() {
		create("dup_user", PASSWORD, "[]", "0", "0").assertOk();

		create("dup_user", "Other@12345678", "[]", "1", "0").assertError(409, "DBS.280406",
				"Operation not allowed by the DB instance type or status. A database user named dup_user already "
						+ "exists on StarRocks instance " + ApiClient.INSTANCE);
		assertThat(only("dup_user").get("dml").asInt()).as("the first user is left as it was").isEqualTo(0);
	}

	@ParameterizedTest(name = "user_name {0}")
	@ValueSource(
			strings = { "a", "Upper", "1abc", "abc_", "with-dash", "with.dot", "a234567890123456789012345678901234" })
	void anInvalidUserNameIsRefused(String name) {
		create(name, PASSWORD, "[]", "0", "0").assertError(400, "DBS.280292", "Invalid database username. user_name: ");
		assertThat(list("").get("total_count").asInt()).isZero();
	}

	@ParameterizedTest(name = "user_name {0}")
	@ValueSource(strings = { "root", "admin", "rdsadmin" })
	void aNameTheInstanceKeepsForItselfIsRefused(String name) {
		create(name, PASSWORD, "[]", "0", "0").assertError(400, "DBS.280292",
				"Invalid database username. user_name: " + name + " is an account of the instance itself");
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', value = { "Ab1@xyz|password: must be 8 to 32 characters",
			"Ab1@567890123456789012345678901234|password: " + "must be 8 to 32 characters",
			"abcdefgh12|password: must hold at least three of", "ABCDEFGH!!|password: must hold at least three of",
			"Abcdefgh 123|password: may hold only letters, digits and the special characters",
			"Abcdefgh\u00e912|password: may hold only letters, digits",
			"Weak_User1|password: must not be " + "the user name",
			"1resu_kaeW|password: must not be the user name or the user name reversed" })
	void aWeakPasswordIsRefusedWithoutQuotingIt(String password, String reason) {
		ApiResponse refused = create("weak_user1", password, "[]", "0", "0").assertError(400, "DBS.280203",
				"This is a weak password. Please enter a strong password. " + reason);
		assertThat(refused.errorMessage()).doesNotContain(password);
		assertThat(list("").get("total_count").asInt()).isZero();
	}

	@Test
	void theSpecialCharactersOfTheDocumentationAreAccepted() {
		create("special", "Aa1~!@#%^*-_=+?,", "[]", "0", "0").assertOk();
	}

	@Test
	void anUnknownOrMalformedInstanceIsRefused() {
		String unknown = USERS.replace(ApiClient.INSTANCE, UNKNOWN_INSTANCE);
		this.api.post(unknown, body("someone", PASSWORD, "[]", "0", "0"))
			.assertError(400, "DBS.200022", "Instance not found. No StarRocks instance " + UNKNOWN_INSTANCE);
		this.api.get(unknown).assertError(400, "DBS.200022", "Instance not found.");
		this.api.put(unknown + "/password", "{\"user_name\":\"someone\",\"password\":\"" + PASSWORD + "\"}")
			.assertError(400, "DBS.200022", "Instance not found.");
		this.api.put(unknown + "/permission", "{\"user_name\":\"someone\",\"dml\":1}")
			.assertError(400, "DBS.200022", "Instance not found.");
		this.api.send("DELETE", unknown + "?user_name=someone", null)
			.assertError(400, "DBS.200022", "Instance not found.");
		this.api.post(unknown + "/sync", "{\"action\":\"startSyncTaurusAccount\"}")
			.assertError(400, "DBS.200022", "Instance not found.");
		this.api.get(USERS.replace(ApiClient.INSTANCE, "not_an_instance"))
			.assertError(400, "DBS.280001", "Parameter error. instance_id: must be a StarRocks instance ID");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "\"dml\":\"3\"|dml: must be a JSON number", "\"dml\":3.5|dml: must be a JSON number",
					"\"ddl\":true|ddl: must be a JSON number", "\"dml\":4|dml: must be at most 3",
					"\"ddl\":-1|ddl: must be at least 0", "\"databases\":\"sys\"|databases: must be a JSON array",
					"\"databases\":[1]|databases[0]: must be a JSON string",
					"\"databases\":[\"bad name\"]|databases[0]: must be a database name" })
	void aFieldOfTheWrongTypeOrRangeIsRefused(String field, String reason) {
		this.api.post(USERS, "{\"user_name\":\"typed\",\"password\":\"" + PASSWORD + "\"," + field + "}")
			.assertError(400, "DBS.280001", "Parameter error. " + reason);
		assertThat(list("").get("total_count").asInt()).isZero();
	}

	@Test
	void aNameOrPasswordThatIsNotAStringIsRefused() {
		this.api.post(USERS, "{\"user_name\":123,\"password\":\"" + PASSWORD + "\"}")
			.assertError(400, "DBS.280001", "Parameter error. user_name: must be a JSON string");
		this.api.post(USERS, "{\"user_name\":\"typed\",\"password\":12345678}")
			.assertError(400, "DBS.280001", "Parameter error. password: must be a JSON string");
		this.api.post(USERS, "{\"user_name\":\"typed\"}")
			.assertError(400, "DBS.280001", "Parameter error. password: is required");
	}

	@Test
	void aPasswordChangeKeepsOnlyANewSaltedHash() {
		create("changing", PASSWORD, "[]", "0", "0").assertOk();
		String before = exportedUser("changing").get("password_hash").asString();
		assertThat(before).startsWith("pbkdf2-sha256$");

		ApiResponse changed = this.api
			.put(USERS + "/password", "{\"user_name\":\"changing\",\"password\":\"New@87654321\"}")
			.assertOk();

		assertThat(changed.text("result")).isEqualTo("SUCCESS");
		String after = exportedUser("changing").get("password_hash").asString();
		assertThat(after).startsWith("pbkdf2-sha256$").isNotEqualTo(before);
		String state = this.api.get("/_emulator/state").assertOk().body();
		assertThat(state).doesNotContain(PASSWORD).doesNotContain("New@87654321");
	}

	@Test
	void aPasswordChangeNeedsAKnownUserAndAStrongPassword() {
		this.api.put(USERS + "/password", "{\"user_name\":\"nobody\",\"password\":\"" + PASSWORD + "\"}")
			.assertError(400, "DBS.200076",
					"The database user does not exist. No database user named nobody on StarRocks instance "
							+ ApiClient.INSTANCE);
		create("strong", PASSWORD, "[]", "0", "0").assertOk();
		String before = exportedUser("strong").get("password_hash").asString();
		this.api.put(USERS + "/password", "{\"user_name\":\"strong\",\"password\":\"weakweak\"}")
			.assertError(400, "DBS.280203", "This is a weak password.");
		assertThat(exportedUser("strong").get("password_hash").asString()).isEqualTo(before);
	}

	@Test
	void rootsPasswordCanChangeAsTheProviderChangesDbRootPwd() {
		this.api.put(USERS + "/password", "{\"user_name\":\"root\",\"password\":\"Root@12345678\"}").assertOk();
		this.api.put(USERS + "/password", "{\"user_name\":\"root\",\"password\":\"rootroot\"}")
			.assertError(400, "DBS.280203", "This is a weak password.");
		assertThat(list("root").get("user_details")).as("root is the instance's, not a listed user").isEmpty();
	}

	@Test
	void aPermissionChangeChangesOnlyWhatItGives() {
		create("perm_user", PASSWORD, "[\"sys\"]", "3", "1").assertOk();

		this.api.put(USERS + "/permission", "{\"user_name\":\"perm_user\",\"dml\":0}").assertOk();
		JsonNode user = only("perm_user");
		assertThat(user.get("dml").asInt()).isZero();
		assertThat(user.get("ddl").asInt()).isEqualTo(1);
		assertThat(texts(user.get("databases"))).containsExactly("sys");

		ApiResponse changed = this.api
			.put(USERS + "/permission", "{\"user_name\":\"perm_user\",\"databases\":[\"*\",\"*\"],\"ddl\":0}")
			.assertOk();
		assertThat(changed.text("result")).isEqualTo("SUCCESS");
		user = only("perm_user");
		assertThat(texts(user.get("databases"))).containsExactly("*");
		assertThat(user.get("ddl").asInt()).isZero();
		assertThat(user.get("dml").asInt()).isZero();
	}

	@Test
	void aPermissionChangeNeedsAKnownUserAndSomethingToChange() {
		this.api.put(USERS + "/permission", "{\"user_name\":\"nobody\",\"dml\":1}")
			.assertError(400, "DBS.200076", "The database user does not exist.");
		create("idle", PASSWORD, "[]", "0", "0").assertOk();
		this.api.put(USERS + "/permission", "{\"user_name\":\"idle\"}")
			.assertError(400, "DBS.280001", "Parameter error. Give databases, dml or ddl");
		this.api.put(USERS + "/permission", "{\"user_name\":\"idle\",\"dml\":\"1\"}")
			.assertError(400, "DBS.280001", "Parameter error. dml: must be a JSON number");
		this.api.put(USERS + "/permission", "{\"user_name\":\"root\",\"dml\":1}")
			.assertError(400, "DBS.280292", "Invalid database username.");
	}

	@Test
	void aDeletedUserIsGone() {
		create("leaving", PASSWORD, "[]", "0", "0").assertOk();

		ApiResponse deleted = this.api.send("DELETE", USERS + "?user_name=leaving", null).assertOk();

		assertThat(deleted.text("result")).isEqualTo("SUCCESS");
		JsonNode page = list("leaving");
		assertThat(page.get("user_details")).isEmpty();
		assertThat(page.get("total_count").asInt()).isZero();
		this.api.send("DELETE", USERS + "?user_name=leaving", null)
			.assertError(400, "DBS.200076", "The database user does not exist.");
		this.api.send("DELETE", USERS, null).assertError(400, "DBS.280001", "Parameter error. user_name: is required");
		this.api.send("DELETE", USERS + "?user_name=root", null)
			.assertError(400, "DBS.280292", "Invalid database username.");
	}

	@Test
	void usersArePagedByItemOffsetAndFilteredByExactName() {
		for (String name : List.of("app", "app2", "bob", "carol")) {
			create(name, PASSWORD, "[]", "0", "0").assertOk();
		}

		JsonNode first = this.api.get(USERS + "?limit=3&offset=0").assertOk().json();
		JsonNode second = this.api.get(USERS + "?limit=3&offset=3").assertOk().json();
		JsonNode past = this.api.get(USERS + "?limit=3&offset=10").assertOk().json();

		assertThat(names(first)).containsExactly("app", "app2", "bob");
		assertThat(names(second)).containsExactly("carol");
		assertThat(past.get("user_details")).isEmpty();
		assertThat(first.get("total_count").asInt()).isEqualTo(4);
		assertThat(names(list("app"))).containsExactly("app");
		this.api.get(USERS + "?limit=0").assertError(400, "DBS.280001", "Parameter error. limit: ");
		this.api.get(USERS + "?limit=101").assertError(400, "DBS.280001", "Parameter error. limit: ");
		this.api.get(USERS + "?offset=-1").assertError(400, "DBS.280001", "Parameter error. offset: ");
		this.api.get(USERS + "?offset=x").assertError(400, "DBS.280001", "Parameter error. offset: ");
	}

	@Test
	void syncStartsAndStopsAndReportsSuccessAsABoolean() {
		for (String action : List.of("startSyncTaurusAccount", "stopSyncTaurusAccount")) {
			ApiResponse synced = this.api.post(USERS + "/sync", "{\"action\":\"" + action + "\"}").assertOk();
			assertThat(synced.json().propertyNames()).containsExactly("success");
			assertThat(synced.json().get("success").isBoolean()).isTrue();
			assertThat(synced.json().get("success").asBoolean()).isTrue();
		}
		this.api.post(USERS + "/sync", "{\"action\":\"sync\"}")
			.assertError(400, "DBS.280001", "Parameter error. action: must be startSyncTaurusAccount or");
		this.api.post(USERS + "/sync", "{}").assertError(400, "DBS.280001", "Parameter error. action: is required");
		this.api.post(USERS + "/sync", "{\"action\":true}")
			.assertError(400, "DBS.280001", "Parameter error. action: must be a JSON string");
	}

	@Test
	void theJournalKeepsNoPassword() {
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();
		create("journaled", PASSWORD, "[]", "0", "0").assertOk();
		this.api.put(USERS + "/password", "{\"user_name\":\"journaled\",\"password\":\"Changed@12345\"}").assertOk();
		this.api.put(USERS + "/password", "{\"user_name\":\"journaled\",\"pass\\u0077ord\":\"Escaped@12345\"}");

		String journal = this.api.get("/_emulator/requests?path=/v3/**/starrocks/users/**").assertOk().body()
				+ this.api.get("/_emulator/requests?operation=CreateStarRocksDatabaseUser").assertOk().body();

		assertThat(journal).contains("journaled", "[redacted]")
			.doesNotContain(PASSWORD)
			.doesNotContain("Changed@12345")
			.doesNotContain("Escaped@12345");
	}

	@Test
	void aPasswordCutOffAtTheEndOfTheJournaledStartIsMaskedToo() {
		// the journal keeps the first 4096 bytes: the password value starts 6 bytes
		// before
		StringBuilder prefix = new StringBuilder("{\"user_name\":\"cut_user\",\"databases\":[");
		String end = "],\"password\":\"";
		while (prefix.length() + end.length() < 4090 - 200) {
			prefix.append("\"").append("d".repeat(150)).append("\",");
		}
		int last = 4090 - prefix.length() - end.length() - 2;
		prefix.append("\"").append("e".repeat(last)).append("\"").append(end);
		assertThat(prefix.length()).isEqualTo(4090);
		this.api.post(USERS, prefix + "Cut@1234567890\"}").assertOk();

		String journaled = this.api.get("/_emulator/requests?operation=CreateStarRocksDatabaseUser&limit=1")
			.assertOk()
			.json()
			.get("requests")
			.get(0)
			.get("body")
			.asString();

		assertThat(journaled).endsWith("\"password\":\"[redacted]\"").doesNotContain("Cut@12");
	}

	@Test
	void usersSurviveAnExportAndImportAndAnOlderDocumentHasNone() {
		create("kept", PASSWORD, "[\"sys\"]", "1", "0").assertOk();
		JsonNode exported = this.api.get("/_emulator/state").assertOk().json();

		this.api.post("/_emulator/reset", "").assertOk();
		this.api.put("/_emulator/state", exported.toString()).assertOk();
		assertThat(only("kept").get("dml").asInt()).isEqualTo(1);
		assertThat(exportedUser("kept").get("password_hash").asString())
			.isEqualTo(exported.get("database_users").get(0).get("password_hash").asString());

		ObjectNode older = ((ObjectNode) exported).deepCopy();
		older.remove("database_users");
		this.api.put("/_emulator/state", older.toString()).assertOk();
		assertThat(list("").get("total_count").asInt()).isZero();
	}

	@Test
	void anImportedUserIsCheckedAsACreateIs() {
		create("checked", PASSWORD, "[]", "0", "0").assertOk();
		String exported = this.api.get("/_emulator/state").assertOk().body();

		this.api.put("/_emulator/state", exported.replace("\"checked\"", "\"Bad-Name\""))
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request. database_users[0]: ");
		this.api.put("/_emulator/state", exported.replace("pbkdf2-sha256$", "clear$"))
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request.");
		assertThat(only("checked").get("user_name").asString()).as("a refused import changes nothing")
			.isEqualTo("checked");
	}

	@Test
	void theUsersOfAnInstanceGoWithIt() {
		create("doomed", PASSWORD, "[]", "0", "0").assertOk();

		this.repository.forgetInstance(ApiClient.PROJECT, ApiClient.INSTANCE);

		assertThat(list("").get("total_count").asInt()).isZero();
		assertThat(this.api.get("/_emulator/state").assertOk().json().get("database_users")).isEmpty();
	}

	private ApiResponse create(String name, String password, String databases, String dml, String ddl) {
		return this.api.post(USERS, body(name, password, databases, dml, ddl));
	}

	static String body(String name, String password, String databases, String dml, String ddl) {
		return "{\"user_name\":\"%s\",\"password\":\"%s\",\"databases\":%s,\"dml\":%s,\"ddl\":%s}".formatted(name,
				password, databases, dml, ddl);
	}

	private JsonNode list(String userName) {
		return this.api.get(USERS + "?limit=100&offset=0&user_name=" + userName).assertOk().json();
	}

	private JsonNode only(String userName) {
		JsonNode page = list(userName);
		assertThat(page.get("user_details")).hasSize(1);
		return page.get("user_details").get(0);
	}

	private JsonNode exportedUser(String userName) {
		for (JsonNode user : this.api.get("/_emulator/state").assertOk().json().get("database_users")) {
			if (user.get("user_name").asString().equals(userName)) {
				return user;
			}
		}
		throw new AssertionError("user " + userName + " not exported");
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> names(JsonNode page) {
		return page.get("user_details").valueStream().map((user) -> user.get("user_name").asString()).toList();
	}

}
