package io.github.taurusdbhtapmock.service.starrocks;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static io.github.taurusdbhtapmock.service.starrocks.StarRocksApi.SEEDED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an instance runs and the operation under way travel with the exported state, come
 * back with an import, and go with a reset; a document exported before instances had them
 * still imports; fault rules and the journal know the new operations by name.
 */
class StarRocksStateTest extends ManualClockEmulatorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StarRocksApi starRocks;

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", null).assertOk();
		this.api.send("DELETE", "/_emulator/faults", null);
		this.starRocks = new StarRocksApi(this.api);
	}

	@Test
	void anExportedStateBringsBackCreatedInstancesAndRunningOperations() {
		String id = this.starRocks.createSingle("exported")[0];
		String bigger = this.starRocks.flavorId("gaussdb.sr-be.2xlarge.x86.4", "3.1.6.0");
		this.starRocks.resize(SEEDED, "{\"be_flavor_id\":\"" + bigger + "\"}").assertOk();
		String state = this.api.get("/_emulator/state").assertOk().body();
		assertThat(state).contains("\"spec\"", "\"operation\"", "ResizeStarRocksFlavor");

		this.api.post("/_emulator/reset", null).assertOk();
		this.api.get(StarRocksApi.instancePath(id)).assertError(400, "DBS.05000044", "");
		assertThat(this.starRocks.instance(SEEDED).get("status").asString()).isEqualTo("normal");

		this.api.put("/_emulator/state", state).assertOk();
		assertThat(this.starRocks.instance(id).get("status").asString()).isEqualTo("creating");
		assertThat(this.starRocks.instance(SEEDED).at("/actions/0/action").asString()).isEqualTo("resize_flavor");
		advance(Duration.ofSeconds(2));
		assertThat(this.starRocks.instance(id).get("status").asString()).isEqualTo("normal");
		assertThat(this.starRocks.instance(SEEDED).at("/groups/1/nodes/0/flavor_id").asString()).isEqualTo(bigger);
		assertThat(this.api.get("/_emulator/state").assertOk().body()).doesNotContain("\"operation\"");
	}

	@Test
	void aStateDocumentWithoutInstanceSpecsImportsWithTheSeededDefaults() {
		String id = this.starRocks.createSingle("older_doc")[0];
		String bigger = this.starRocks.flavorId("gaussdb.sr-be.2xlarge.x86.4", "3.1.6.0");
		advance(Duration.ofSeconds(2));
		ObjectNode document = (ObjectNode) JSON.readTree(this.api.get("/_emulator/state").assertOk().body());
		for (JsonNode project : document.at("/topology/projects")) {
			for (JsonNode instance : project.get("starrocks_instances")) {
				((ObjectNode) instance).remove("spec");
				((ObjectNode) instance).remove("operation");
			}
		}

		this.api.put("/_emulator/state", JSON.writeValueAsString(document)).assertOk();

		JsonNode imported = this.starRocks.instance(id);
		assertThat(imported.get("status").asString()).isEqualTo("normal");
		assertThat(imported.get("name").asString()).isEqualTo("older_doc");
		assertThat(imported.at("/groups/1/nodes/0/flavor_id").asString())
			.isEqualTo(this.starRocks.flavorId("gaussdb.sr-be.xlarge.x86.4", "3.1.6.0"))
			.isNotEqualTo(bigger);
		assertThat(imported.get("data_store_version").asString()).isEqualTo("3.1.6.0");
	}

	@Test
	void aStateDocumentWithAMalformedSpecIsRefusedWhole() {
		String state = this.api.get("/_emulator/state").assertOk().body();
		ObjectNode document = (ObjectNode) JSON.readTree(state);
		ObjectNode instance = (ObjectNode) document.at("/topology/projects/0/starrocks_instances/0");
		instance.putObject("spec").put("status", "exploded");

		this.api.put("/_emulator/state", JSON.writeValueAsString(document)).assertError(400, "EMULATOR.0400", "");
		assertThat(this.starRocks.instance(SEEDED).get("status").asString()).isEqualTo("normal");
	}

	@Test
	void faultRulesAndTheJournalNameTheNewOperations() {
		int added = this.api.post("/_emulator/faults", """
				{"operation":"RestartStarrocksInstance","effect":"error","status":409,
				 "error_code":"DBS.212033","error_msg":"Instance is currently being operated.","times":1}""").status();
		assertThat(added).isEqualTo(201);

		this.starRocks.restart(SEEDED).assertError(409, "DBS.212033", "Instance is currently being operated.");
		this.starRocks.restart(SEEDED).assertOk();

		JsonNode entries = JSON
			.readTree(this.api.get("/_emulator/requests?operation=RestartStarrocksInstance").assertOk().body())
			.get("requests");
		assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
		assertThat(entries.findValuesAsString("operation")).containsOnly("RestartStarrocksInstance");
	}

}
