package io.github.taurusdbhtapmock.service.parameter;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parameter operations over HTTP, with jobs that complete at once: the catalogue and
 * its JSON types, a change through its job, every refusal, the comparison with the
 * default template, and the state part.
 */
class ParameterHttpTest extends EmulatorTest {

	static final String CONFIGURATIONS = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
			+ "/starrocks/configurations";

	static final String COMPARISON = "/v3/" + ApiClient.PROJECT + "/configurations/starrocks/comparison";

	private static final String UNKNOWN_INSTANCE = ApiClient.INSTANCE.replace("aaaabbbb", "00000000");

	@Autowired
	private ParameterRepository repository;

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", "").assertOk();
	}

	@Test
	void theBackendParametersAreListedWithTheDeclaredTypes() {
		JsonNode page = show("be");

		JsonNode configuration = page.get("configurations");
		assertThat(configuration.propertyNames()).containsExactlyInAnyOrder("datastore_version_name", "datastore_name",
				"configuration_id", "created", "updated");
		configuration.values().forEach((value) -> assertThat(value.isString()).as(value.toString()).isTrue());
		assertThat(configuration.get("configuration_id").asString()).matches("[0-9a-f]{32}pr17");
		assertThat(configuration.get("datastore_name").asString()).isEqualTo("star-rocks");
		assertThat(configuration.get("updated").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");
		assertThat(page.get("total_count").isInt()).isTrue();
		JsonNode values = page.get("parameter_values");
		assertThat(page.get("total_count").asInt()).isEqualTo(values.size()).isGreaterThan(20);
		List<String> names = values.valueStream().map((value) -> value.get("name").asString()).toList();
		assertThat(names).isSorted().contains("alter_tablet_worker_count", "mem_limit", "storage_root_path");
		for (JsonNode value : values) {
			assertThat(value.propertyNames()).containsExactlyInAnyOrder("name", "value", "restart_required", "readonly",
					"value_range", "type", "description");
			assertThat(value.get("restart_required").isBoolean()).isTrue();
			assertThat(value.get("readonly").isBoolean()).isTrue();
			for (String text : List.of("name", "value", "value_range", "type", "description")) {
				assertThat(value.get(text).isString()).as("%s of %s", text, value).isTrue();
			}
			assertThat(value.get("type").asString()).isIn("integer", "float", "boolean", "list", "string");
		}
		JsonNode alter = parameter(page, "alter_tablet_worker_count");
		assertThat(alter.get("value").asString()).isEqualTo("3");
		assertThat(alter.get("value_range").asString()).isEqualTo("1-1024");
		assertThat(alter.get("restart_required").asBoolean()).isFalse();
		assertThat(parameter(page, "storage_root_path").get("readonly").asBoolean()).isTrue();
	}

	@Test
	void theFrontendsHaveTheirOwnParametersAndConfiguration() {
		JsonNode fe = show("fe");
		JsonNode be = show("be");

		assertThat(parameter(fe, "qe_slow_log_ms").get("value").asString()).isEqualTo("5000");
		assertThat(parameter(fe, "bdbje_heartbeat_timeout_second").get("restart_required").asBoolean()).isTrue();
		assertThat(fe.get("configurations").get("configuration_id").asString())
			.isNotEqualTo(be.get("configurations").get("configuration_id").asString());
	}

	@Test
	void parametersArePagedByItemOffset() {
		int total = show("be").get("total_count").asInt();

		JsonNode first = this.api.get(CONFIGURATIONS + "?node_type=be&offset=0&limit=10").assertOk().json();
		JsonNode rest = this.api.get(CONFIGURATIONS + "?node_type=be&offset=10").assertOk().json();
		JsonNode past = this.api.get(CONFIGURATIONS + "?node_type=be&offset=" + total).assertOk().json();

		assertThat(first.get("parameter_values")).hasSize(10);
		assertThat(rest.get("parameter_values")).hasSize(total - 10);
		assertThat(past.get("parameter_values")).isEmpty();
		assertThat(past.get("total_count").asInt()).isEqualTo(total);
	}

	@Test
	void theQueryIsChecked() {
		this.api.get(CONFIGURATIONS).assertError(400, "DBS.280001", "Parameter error. node_type: is required");
		this.api.get(CONFIGURATIONS + "?node_type=cn")
			.assertError(400, "DBS.280001", "Parameter error. node_type: must be fe or be");
		this.api.get(CONFIGURATIONS + "?node_type=be&limit=0")
			.assertError(400, "DBS.280001", "Parameter error. limit: ");
		this.api.get(CONFIGURATIONS + "?node_type=be&offset=-2")
			.assertError(400, "DBS.280001", "Parameter error. offset: ");
		this.api.get(CONFIGURATIONS.replace(ApiClient.INSTANCE, UNKNOWN_INSTANCE) + "?node_type=be")
			.assertError(400, "DBS.200022", "Instance not found.");
	}

	@Test
	void aChangeIsAJobAndShowsOnceTheJobHasCompleted() {
		String before = show("be").get("configurations").get("updated").asString();

		ApiResponse changed = update("be", "{\"alter_tablet_worker_count\":\"1\"}").assertOk();

		JsonNode reply = changed.json();
		assertThat(reply.propertyNames()).containsExactlyInAnyOrder("job_id", "restart_required");
		assertThat(reply.get("job_id").isString()).isTrue();
		assertThat(reply.get("restart_required").isBoolean()).isTrue();
		assertThat(reply.get("restart_required").asBoolean()).as("a dynamic parameter").isFalse();
		JsonNode job = this.api.get("/v3/" + ApiClient.PROJECT + "/jobs?id=" + reply.get("job_id").asString())
			.assertOk()
			.json()
			.get("job");
		assertThat(job.get("status").asString()).isEqualTo("Completed");
		assertThat(job.get("name").asString()).isEqualTo("UpdateStarrocksParams");
		JsonNode page = show("be");
		assertThat(parameter(page, "alter_tablet_worker_count").get("value").asString()).isEqualTo("1");
		assertThat(page.get("configurations").get("updated").asString()).isNotEqualTo(before);
		assertThat(parameter(show("fe"), "qe_slow_log_ms").get("value").asString()).isEqualTo("5000");
	}

	@Test
	void aStaticParameterNeedsARestart() {
		JsonNode reply = update("fe",
				"{\"alter_table_timeout_second\":\"21600\",\"bdbje_heartbeat_timeout_second\":\"10\"}")
			.assertOk()
			.json();
		assertThat(reply.get("restart_required").asBoolean()).isTrue();

		JsonNode again = update("fe", "{\"bdbje_heartbeat_timeout_second\":\"10\"}").assertOk().json();
		assertThat(again.get("restart_required").asBoolean()).as("the value it already has").isFalse();
	}

	@Test
	void valuesAreNormalizedAndTheDefaultIsNoChange() {
		update("be",
				"{\"alter_tablet_worker_count\":\"007\",\"mem_limit\":\"80%\",\"disable_storage_page_cache\":\"true\"}")
			.assertOk();
		JsonNode page = show("be");
		assertThat(parameter(page, "alter_tablet_worker_count").get("value").asString()).isEqualTo("7");
		assertThat(parameter(page, "mem_limit").get("value").asString()).isEqualTo("80%");

		update("be", "{\"alter_tablet_worker_count\":\"3\"}").assertOk();
		assertThat(differences(configurationId("be")))
			.extracting((difference) -> difference.get("parameter_name").asString())
			.containsExactly("disable_storage_page_cache", "mem_limit");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"{\"no_such_parameter\":\"1\"}|400|DBS.280270|The parameter does not exist. parameter_values: no_such_parameter is not a parameter of the be nodes",
			"{\"qe_slow_log_ms\":\"1\"}|400|DBS.280270|The parameter does not exist. parameter_values: qe_slow_log_ms is not a parameter of the be nodes",
			"{\"alter_tablet_worker_count\":\"0\"}|400|DBS.280271|The parameter value is out of range. parameter_values: 0 is not a value of alter_tablet_worker_count, which takes a integer in 1-1024",
			"{\"alter_tablet_worker_count\":\"two\"}|400|DBS.280271|The parameter value is out of range.",
			"{\"alter_tablet_worker_count\":\"1.5\"}|400|DBS.280271|The parameter value is out of range.",
			"{\"disable_storage_page_cache\":\"yes\"}|400|DBS.280271|The parameter value is out of range.",
			"{\"mem_limit\":\"101%\"}|400|DBS.280271|The parameter value is out of range.",
			"{\"sys_log_level\":\"DEBUG\"}|400|DBS.280271|The parameter value is out of range.",
			"{\"storage_root_path\":\"/tmp\"}|400|DBS.280001|Parameter error. parameter_values: storage_root_path is read-only",
			"{\"alter_tablet_worker_count\":1}|400|DBS.280001|Parameter error. parameter_values.alter_tablet_worker_count: must be a JSON string",
			"{}|400|DBS.280001|Parameter error. parameter_values: must not be empty",
			"[]|400|DBS.280001|Parameter error. parameter_values: must be a JSON object" })
	void aBadChangeIsRefusedAndChangesNothing(String values, int status, String code, String message) {
		String state = this.api.get("/_emulator/state").assertOk().body();

		update("be", values).assertError(status, code, message);

		assertThat(this.api.get("/_emulator/state").assertOk().body()).isEqualTo(state);
		assertThat(parameter(show("be"), "alter_tablet_worker_count").get("value").asString()).isEqualTo("3");
	}

	@Test
	void theBodyIsChecked() {
		this.api.put(CONFIGURATIONS, "{\"parameter_values\":{\"alter_tablet_worker_count\":\"1\"}}")
			.assertError(400, "DBS.280001", "Parameter error. node_type: is required");
		this.api
			.put(CONFIGURATIONS, "{\"node_type\":\"cn\",\"parameter_values\":{\"alter_tablet_worker_count\":\"1\"}}")
			.assertError(400, "DBS.280001", "Parameter error. node_type: must be fe or be");
		this.api.put(CONFIGURATIONS, "{\"node_type\":1,\"parameter_values\":{}}")
			.assertError(400, "DBS.280001", "Parameter error. node_type: must be a JSON string");
		this.api
			.put(CONFIGURATIONS.replace(ApiClient.INSTANCE, UNKNOWN_INSTANCE),
					"{\"node_type\":\"be\",\"parameter_values\":{\"alter_tablet_worker_count\":\"1\"}}")
			.assertError(400, "DBS.200022", "Instance not found.");
	}

	@Test
	void aMixOfGoodAndBadValuesChangesNothing() {
		update("be", "{\"alter_tablet_worker_count\":\"2\",\"no_such_parameter\":\"1\"}").assertError(400, "DBS.280270",
				"The parameter does not exist.");

		assertThat(parameter(show("be"), "alter_tablet_worker_count").get("value").asString()).isEqualTo("3");
	}

	@Test
	void theComparisonListsWhatDiffersFromTheDefaultTemplateInNameOrder() {
		update("be", "{\"alter_tablet_worker_count\":\"1\",\"base_compaction_num_threads_per_disk\":\"1\"}").assertOk();

		ApiResponse compared = this.api
			.post(COMPARISON, "{\"source_configuration_id\":\"" + configurationId("be") + "\"}")
			.assertOk();

		assertThat(compared.json().propertyNames()).containsExactly("differences");
		List<JsonNode> differences = differences(configurationId("be"));
		assertThat(differences).hasSize(2);
		assertThat(differences.get(0).get("parameter_name").asString()).isEqualTo("alter_tablet_worker_count");
		assertThat(differences.get(0).get("source_value").asString()).isEqualTo("1");
		assertThat(differences.get(0).get("target_value").asString()).isEqualTo("3");
		assertThat(differences.get(1).get("parameter_name").asString())
			.isEqualTo("base_compaction_num_threads_per_disk");
		assertThat(differences(configurationId("fe"))).isEmpty();
	}

	@Test
	void theComparisonNeedsAConfigurationOfTheProject() {
		this.api.post(COMPARISON, "{\"source_configuration_id\":\"0123456789abcdef0123456789abcdefpr17\"}")
			.assertError(400, "DBS.290013", "Resource not found. source_configuration_id: no configuration");
		this.api.post(COMPARISON, "{\"source_configuration_id\":\"not/an id\"}")
			.assertError(400, "DBS.280001", "Parameter error. source_configuration_id: must be 1 to 64");
		this.api.post(COMPARISON, "{}")
			.assertError(400, "DBS.280001", "Parameter error. source_configuration_id: is required");
		this.api.post(COMPARISON, "{\"source_configuration_id\":5}")
			.assertError(400, "DBS.280001", "Parameter error. source_configuration_id: must be a JSON string");
		String otherProject = "/v3/ffffffffffffffffffffffffffffffff/configurations/starrocks/comparison";
		this.api.post(otherProject, "{\"source_configuration_id\":\"" + configurationId("be") + "\"}")
			.assertError(400, "DBS.290013", "Resource not found.");
		this.api.post("/v3/not-a-project/configurations/starrocks/comparison", "{\"source_configuration_id\":\"x\"}")
			.assertError(400, "DBS.280001", "Parameter error.");
	}

	@Test
	void parametersSurviveAnExportAndImportAndAnOlderDocumentHasNone() {
		update("fe", "{\"qe_slow_log_ms\":\"3000\"}").assertOk();
		JsonNode exported = this.api.get("/_emulator/state").assertOk().json();
		JsonNode saved = exported.get("starrocks_parameters").get(0);
		assertThat(saved.get("configurations").get(0).get("values").get("qe_slow_log_ms").asString()).isEqualTo("3000");

		this.api.post("/_emulator/reset", "").assertOk();
		assertThat(parameter(show("fe"), "qe_slow_log_ms").get("value").asString()).isEqualTo("5000");
		this.api.put("/_emulator/state", exported.toString()).assertOk();
		assertThat(parameter(show("fe"), "qe_slow_log_ms").get("value").asString()).isEqualTo("3000");

		ObjectNode older = ((ObjectNode) exported).deepCopy();
		older.remove("starrocks_parameters");
		this.api.put("/_emulator/state", older.toString()).assertOk();
		assertThat(parameter(show("fe"), "qe_slow_log_ms").get("value").asString()).isEqualTo("5000");

		ObjectNode bad = ((ObjectNode) exported).deepCopy();
		((ObjectNode) bad.get("starrocks_parameters").get(0).get("configurations").get(0).get("values"))
			.put("qe_slow_log_ms", "-5");
		this.api.put("/_emulator/state", bad.toString())
			.assertError(400, "EMULATOR.0400", "Invalid control-plane request. starrocks_parameters[0]: ");
	}

	@Test
	void theParametersOfAnInstanceGoWithIt() {
		update("be", "{\"alter_tablet_worker_count\":\"1\"}").assertOk();

		this.repository.forgetInstance(ApiClient.PROJECT, ApiClient.INSTANCE);

		assertThat(parameter(show("be"), "alter_tablet_worker_count").get("value").asString()).isEqualTo("3");
		assertThat(this.api.get("/_emulator/state").assertOk().json().get("starrocks_parameters")).isEmpty();
	}

	private ApiResponse update(String nodeType, String values) {
		return this.api.put(CONFIGURATIONS, "{\"node_type\":\"" + nodeType + "\",\"parameter_values\":" + values + "}");
	}

	private JsonNode show(String nodeType) {
		return this.api.get(CONFIGURATIONS + "?node_type=" + nodeType).assertOk().json();
	}

	private String configurationId(String nodeType) {
		return show(nodeType).get("configurations").get("configuration_id").asString();
	}

	private List<JsonNode> differences(String configurationId) {
		return this.api.post(COMPARISON, "{\"source_configuration_id\":\"" + configurationId + "\"}")
			.assertOk()
			.json()
			.get("differences")
			.valueStream()
			.toList();
	}

	static JsonNode parameter(JsonNode page, String name) {
		return page.get("parameter_values")
			.valueStream()
			.filter((value) -> value.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no parameter " + name));
	}

}
