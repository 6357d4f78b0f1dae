package io.github.taurusdbhtapmock.service.htapinstance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.Names;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ListStarRocksDataBases: INFORMATION_SCHEMA and the tasks' destination databases,
 * filtered and paged.
 */
class ListStarRocksDataBasesTest extends HtapTopologyTest {

	@Test
	void anInstanceWithoutTasksHasOnlyTheSystemDatabase() {
		long before = Instant.now().getEpochSecond();

		ApiResponse reply = this.api.get(databasesPath(PROJECT, LINKED_TO_B) + "?limit=100").assertOk();

		long after = Instant.now().getEpochSecond();
		JsonNode json = reply.json();
		assertThat(json.propertyNames()).containsExactlyInAnyOrder("databases", "total_count", "timestamp");
		assertThat(databases(reply)).containsExactly("INFORMATION_SCHEMA");
		assertThat(json.get("total_count").isInt()).as("total_count is a JSON number").isTrue();
		assertThat(json.get("total_count").asInt()).isEqualTo(1);
		assertThat(json.get("timestamp").isInt()).as("timestamp is a JSON number").isTrue();
		assertThat(json.get("timestamp").asLong()).isBetween(before, after);
	}

	@Test
	void destinationDatabasesOfTheInstancesTasksAreListedSorted() {
		String prefix = Names.unique("lst") + "_";
		for (String target : List.of(prefix + "c", prefix + "a", prefix + "b")) {
			createTask(target);
		}

		ApiResponse reply = this.api.get(databasesPath(PROJECT, LINKED_TO_A) + "?limit=100").assertOk();

		List<String> databases = databases(reply);
		assertThat(databases).contains("INFORMATION_SCHEMA", prefix + "a", prefix + "b", prefix + "c").isSorted();
		assertThat(databases).doesNotHaveDuplicates();
		assertThat(reply.json().get("total_count").asInt()).isEqualTo(databases.size());
		// other instances, and the same instance id in another tenant, do not see them
		assertThat(databases(this.api.get(databasesPath(PROJECT, UNLINKED) + "?limit=100").assertOk()))
			.doesNotContain(prefix + "a");
		assertThat(databases(this.api.get(databasesPath(OTHER_PROJECT, LINKED_TO_A) + "?limit=100").assertOk()))
			.containsExactly("INFORMATION_SCHEMA");
	}

	@Test
	void theDefaultPageIsTheFirstDatabase() {
		createTask(Names.unique("first"));
		ApiResponse all = this.api.get(databasesPath(PROJECT, LINKED_TO_A) + "?limit=100").assertOk();

		ApiResponse reply = this.api.get(databasesPath(PROJECT, LINKED_TO_A)).assertOk();

		assertThat(databases(reply)).containsExactly(databases(all).get(0));
		assertThat(reply.json().get("total_count").asInt()).isEqualTo(databases(all).size()).isGreaterThan(1);
	}

	@Test
	void offsetSkipsRecordsAndLimitCutsThePage() {
		String prefix = Names.unique("page") + "_";
		for (String target : List.of(prefix + "a", prefix + "b", prefix + "c")) {
			createTask(target);
		}
		String filtered = databasesPath(PROJECT, LINKED_TO_A) + "?database_name=" + prefix;

		assertPage(filtered + "&limit=2", 3, prefix + "a", prefix + "b");
		assertPage(filtered + "&limit=2&offset=2", 3, prefix + "c");
		assertPage(filtered + "&limit=100&offset=1", 3, prefix + "b", prefix + "c");
		assertPage(filtered + "&offset=1", 3, prefix + "b");
		assertPage(filtered + "&limit=100&offset=3", 3);
		assertPage(filtered + "&limit=100&offset=999999999", 3);
	}

	@Test
	void theNameFilterMatchesAnywhereInAnyLetterCase() {
		String prefix = Names.unique("Fuzzy") + "_";
		createTask(prefix + "orders");
		createTask(prefix + "items");

		assertPage(databasesPath(PROJECT, LINKED_TO_A) + "?limit=100&database_name=" + prefix.toUpperCase(), 2,
				prefix + "items", prefix + "orders");
		assertPage(databasesPath(PROJECT, LINKED_TO_A) + "?limit=100&database_name=" + prefix + "ITE", 1,
				prefix + "items");
		assertPage(databasesPath(PROJECT, LINKED_TO_A) + "?limit=100&database_name=formation_sch", 1,
				"INFORMATION_SCHEMA");
		assertPage(databasesPath(PROJECT, LINKED_TO_A) + "?limit=100&database_name=no_such_database", 0);
	}

	@Test
	void anEmptyNameFilterIsNoFilter() {
		// the official request example sends database_name= with no value
		ApiResponse unfiltered = this.api.get(databasesPath(PROJECT, LINKED_TO_B) + "?limit=10").assertOk();

		ApiResponse reply = this.api.get(databasesPath(PROJECT, LINKED_TO_B) + "?limit=10&offset=0&database_name=")
			.assertOk();

		assertThat(databases(reply)).isEqualTo(databases(unfiltered)).containsExactly("INFORMATION_SCHEMA");
	}

	@ParameterizedTest(name = "limit={0}")
	@ValueSource(strings = { "0", "101", "-1", "+5", "05", "1.5", "abc", "", "%20" })
	void aLimitOutside1To100IsAParameterError(String limit) {
		this.api.get(databasesPath(PROJECT, LINKED_TO_A) + "?limit=" + limit)
			.assertError(400, "DBS.280001", "Parameter error. limit: must be a whole number from 1 to 100");
	}

	@ParameterizedTest(name = "offset={0}")
	@ValueSource(strings = { "-1", "abc", "", "01", "1e3", "1000000000" })
	void anOffsetThatIsNotAWholeNumberIsAParameterError(String offset) {
		this.api.get(databasesPath(PROJECT, LINKED_TO_A) + "?offset=" + offset)
			.assertError(400, "DBS.280001", "Parameter error. offset: must be a whole number from 0");
	}

	@Test
	void aNameFilterOfTheWrongLengthIsAParameterError() {
		this.api.get(databasesPath(PROJECT, LINKED_TO_A) + "?database_name=ab")
			.assertError(400, "DBS.280001", "Parameter error. database_name: must be 3 to 128 characters");
		this.api.get(databasesPath(PROJECT, LINKED_TO_A) + "?database_name=" + "d".repeat(129))
			.assertError(400, "DBS.280001", "Parameter error. database_name: must be 3 to 128 characters");
		this.api.get(databasesPath(PROJECT, LINKED_TO_A) + "?limit=100&database_name=" + "d".repeat(128)).assertOk();
	}

	@Test
	void everyBadQueryParameterIsReportedSortedByName() {
		ApiResponse reply = this.api.get(databasesPath(PROJECT, LINKED_TO_A) + "?offset=x&limit=0&database_name=ab")
			.assertError(400, "DBS.280001", "Parameter error.");

		assertThat(reply.errorMessage()).startsWith("Parameter error. database_name: must be 3 to 128 characters; "
				+ "limit: must be a whole number from 1 to 100; offset: must be a whole number from 0");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "short," + DemoTopology.STARROCKS_INSTANCE_ID + ",project_id: must be 32 letters or digits",
			DemoTopology.PROJECT_ID
					+ ",aaaabbbbccccddddeeeeffff00001111no17,instance_id: must be a StarRocks instance ID" })
	void aMalformedPathIsAParameterErrorBeforeTheQueryIsLookedAt(String project, String instance, String detail) {
		ApiResponse reply = this.api.get(databasesPath(project, instance) + "?limit=0")
			.assertError(400, "DBS.280001", "Parameter error. " + detail);

		assertThat(reply.errorMessage()).doesNotContain("limit");
	}

	@Test
	void anUnknownStarRocksInstanceIsInstanceNotFound() {
		ApiResponse reply = this.api.get(databasesPath(PROJECT, UNKNOWN_STARROCKS))
			.assertError(400, "DBS.200022", "Instance not found.");
		assertThat(reply.errorMessage()).contains(UNKNOWN_STARROCKS, PROJECT);

		this.api.withHeader("X-Language", "zh-cn")
			.get(databasesPath(PROJECT, UNKNOWN_STARROCKS))
			.assertError(400, "DBS.200022", "实例不存在");
		// a TaurusDB id is a well-formed StarRocks id (in07 is accepted) but not a
		// StarRocks instance
		this.api.get(databasesPath(PROJECT, TAURUS_A)).assertError(400, "DBS.200022", "Instance not found.");
		// the instance of another tenant
		this.api.get(databasesPath(OTHER_PROJECT, UNLINKED)).assertError(400, "DBS.200022", "Instance not found.");
	}

	@Test
	void theQueryIsCheckedBeforeTheInstanceExists() {
		this.api.get(databasesPath(PROJECT, UNKNOWN_STARROCKS) + "?limit=0")
			.assertError(400, "DBS.280001", "Parameter error. limit:");
	}

	@Test
	void credentialsAreRequired() {
		this.api.withHeader("X-Auth-Token", null)
			.get(databasesPath(PROJECT, LINKED_TO_A))
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information");
	}

	@Test
	void onlyGetIsServed() {
		this.api.post(databasesPath(PROJECT, LINKED_TO_A), "{}")
			.assertError(404, "APIGW.0101", "The API does not exist or has not been published in the environment.");
	}

	private void createTask(String target) {
		this.api.post(ApiClient.REPLICATION_PATH, createBody(Names.unique("task"), "src_db", target)).assertOk();
	}

	private void assertPage(String pathAndQuery, int totalCount, String... databases) {
		ApiResponse reply = this.api.get(pathAndQuery).assertOk();
		assertThat(databases(reply)).as(pathAndQuery).containsExactly(databases);
		assertThat(reply.json().get("total_count").asInt()).as(pathAndQuery).isEqualTo(totalCount);
	}

	private static List<String> databases(ApiResponse reply) {
		JsonNode databases = reply.json().get("databases");
		assertThat(databases.isArray()).as("databases is an array").isTrue();
		List<String> names = new ArrayList<>();
		databases.forEach((database) -> {
			assertThat(database.isString()).as("%s is a JSON string", database).isTrue();
			names.add(database.asString());
		});
		return names;
	}

}
