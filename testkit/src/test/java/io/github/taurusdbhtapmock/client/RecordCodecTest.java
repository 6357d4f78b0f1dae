package io.github.taurusdbhtapmock.client;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.ClockState;
import io.github.taurusdbhtapmock.admin.api.EmulatorInfo;
import io.github.taurusdbhtapmock.admin.api.FaultDefinition;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.ImportedState;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;
import io.github.taurusdbhtapmock.admin.api.JournalListing;
import io.github.taurusdbhtapmock.admin.api.ResetResult;
import io.github.taurusdbhtapmock.admin.api.Topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecordCodecTest {

	/** Every record of the contract, nested ones included. */
	private static final List<Class<?>> CONTRACT_RECORDS = List.of(ClockState.class, EmulatorInfo.class,
			FaultDefinition.class, FaultRule.class, ImportedState.class, JobDetail.class, JobDetail.Instance.class,
			JournalEntry.class, JournalEntry.Fault.class, JournalFilter.class, JournalListing.class, ResetResult.class,
			Topology.class, Topology.Project.class, Topology.StarRocksInstance.class, Topology.TaurusInstance.class,
			Topology.Database.class, Topology.Table.class);

	/**
	 * The codec reads no annotation; the server's Jackson does. The two agree on every
	 * name of every record that carries one (JournalFilter travels as a query, not JSON).
	 */
	@Test
	void theSnakeCaseRuleGivesTheNameTheServerWrites() {
		for (Class<?> type : CONTRACT_RECORDS) {
			for (RecordComponent component : type.getRecordComponents()) {
				JsonProperty property = component.getAnnotation(JsonProperty.class);
				if (property == null) {
					property = component.getAccessor().getAnnotation(JsonProperty.class);
				}
				if (type != JournalFilter.class) {
					assertThat(property).as("@JsonProperty on %s.%s", type.getName(), component.getName()).isNotNull();
					assertThat(RecordCodec.snakeCase(component.getName()))
						.as("%s.%s", type.getName(), component.getName())
						.isEqualTo(property.value());
				}
			}
		}
	}

	@Test
	void snakeCase() {
		assertThat(RecordCodec.snakeCase("durationMs")).isEqualTo("duration_ms");
		assertThat(RecordCodec.snakeCase("starrocksInstances")).isEqualTo("starrocks_instances");
		assertThat(RecordCodec.snakeCase("delayMaxMs")).isEqualTo("delay_max_ms");
		assertThat(RecordCodec.snakeCase("reset")).isEqualTo("reset");
	}

	@Test
	void nestedRecordsListsAndMapsRoundTrip() {
		Topology topology = new Topology(List.of(new Topology.Project("p1",
				List.of(new Topology.StarRocksInstance("sr", "name \"quoted\" \ud83d\ude00", 3, null)),
				List.of(new Topology.TaurusInstance("tx", null, List.of("r1", "r2"),
						List.of(new Topology.Database("db", List.of(new Topology.Table("t", List.of("id", "v"))))))))));
		String json = RecordCodec.write(topology);
		assertThat(json).isEqualTo("{\"projects\":[{\"id\":\"p1\",\"starrocks_instances\":[{\"id\":\"sr\","
				+ "\"name\":\"name \\\"quoted\\\" \ud83d\ude00\",\"be_nodes\":3}],\"taurus_instances\":[{\"id\":\"tx\","
				+ "\"read_replicas\":[\"r1\",\"r2\"],\"databases\":[{\"name\":\"db\",\"tables\":[{\"name\":\"t\","
				+ "\"columns\":[\"id\",\"v\"]}]}]}]}]}");
		assertThat(RecordCodec.read(json, Topology.class)).isEqualTo(topology);

		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("x-auth-token", "[redacted]");
		headers.put("empty", null);
		JournalEntry entry = new JournalEntry(7, "2026-01-01T00:00:00Z", "GET", "/v3/p", null, "Op", "p", null, "r", 12,
				headers, "b\n", true, new JournalEntry.Fault("fault-1", "drop", null));
		JournalListing listing = new JournalListing(1000, 2, List.of(entry));
		assertThat(RecordCodec.read(RecordCodec.write(listing), JournalListing.class)).isEqualTo(listing);
	}

	@Test
	void nullsAreLeftOutWhenWriting() {
		FaultDefinition rule = new FaultDefinition("ModifyDataSync", null, null, "p", "delay", null, null, null, 5L,
				null, 2, 0.5);
		assertThat(RecordCodec.write(rule)).isEqualTo(
				"{\"operation\":\"ModifyDataSync\",\"project_id\":\"p\",\"effect\":\"delay\",\"delay_ms\":5,\"times\":2,"
						+ "\"probability\":0.5}");
		assertThat(RecordCodec.write(new Topology(null))).isEqualTo("{}");
		assertThat(RecordCodec.write(new Topology(Arrays.asList((Topology.Project) null))))
			.as("a null in a list is a JSON null")
			.isEqualTo("{\"projects\":[null]}");
	}

	@Test
	void aJournalEntryHasEveryFieldAsTheJournalDocumentsIt() {
		JournalEntry entry = new JournalEntry(1, "t", "GET", "/p", null, null, null, null, "r", 2, Map.of(), null,
				false, new JournalEntry.Fault("fault-1", "error", null));
		assertThat(RecordCodec.write(entry)).isEqualTo("{\"seq\":1,\"time\":\"t\",\"method\":\"GET\",\"path\":\"/p\","
				+ "\"query\":null,\"operation\":null,\"project_id\":null,\"status\":null,\"request_id\":\"r\","
				+ "\"duration_ms\":2,\"headers\":{},\"body\":null,\"body_truncated\":false,"
				+ "\"fault\":{\"id\":\"fault-1\",\"effect\":\"error\"}}");
	}

	@Test
	void absentAndNullFieldsReadAsNullAndUnknownFieldsAreIgnored() {
		FaultRule rule = RecordCodec.read("{\"id\":\"fault-1\",\"method\":null,\"effect\":\"drop\",\"matched\":3,"
				+ "\"fired\":2,\"added_in_a_later_version\":{\"x\":[1,2]},\"another\":null}", FaultRule.class);
		assertThat(rule).isEqualTo(new FaultRule("fault-1", null, null, null, null, "drop", null, null, null, null,
				null, null, null, 3, 2, null));
	}

	@Test
	void numbersAreReadIntoTheComponentsType() {
		EmulatorInfo info = RecordCodec.read(
				"{\"version\":\"v\",\"uptime_seconds\":9007199254740993,"
						+ "\"auth_mode\":\"off\",\"clock\":\"system\",\"now\":\"n\",\"tasks\":2147483647,\"jobs\":0}",
				EmulatorInfo.class);
		assertThat(info.uptimeSeconds()).isEqualTo(9007199254740993L);
		assertThat(info.tasks()).isEqualTo(Integer.MAX_VALUE);
		FaultRule rule = RecordCodec.read("{\"probability\":1,\"delay_ms\":1.0E3,\"matched\":0,\"fired\":0}",
				FaultRule.class);
		assertThat(rule.probability()).isEqualTo(1.0);
		assertThat(rule.delayMs()).as("a whole number written with an exponent").isEqualTo(1000L);
	}

	@Test
	void aValueOfTheWrongTypeIsRefusedNamingWhereItIs() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RecordCodec.read("{\"projects\":[{\"id\":\"p\",\"starrocks_instances\":"
					+ "[{\"id\":\"s\",\"be_nodes\":\"three\"}]}]}", Topology.class))
			.withMessage(
					"$.projects[0].starrocks_instances[0].be_nodes: expected a whole number (int), found \"three\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RecordCodec.read("{\"tasks\":2147483648,\"jobs\":0}", ImportedState.class))
			.withMessage("$.tasks: expected a whole number (int), found 2147483648");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RecordCodec.read("{\"tasks\":1.5,\"jobs\":0}", ImportedState.class))
			.withMessage("$.tasks: expected a whole number (int), found 1.5");
		assertThatIllegalArgumentException().isThrownBy(() -> RecordCodec.read("{\"tasks\":1}", ImportedState.class))
			.withMessage("$.jobs: expected a whole number (int), found null");
		assertThatIllegalArgumentException().isThrownBy(() -> RecordCodec.read("[]", ImportedState.class))
			.withMessage("$: expected an object, found []");
		assertThatIllegalArgumentException().isThrownBy(() -> RecordCodec.read("{\"projects\":{}}", Topology.class))
			.withMessage("$.projects: expected an array, found {}");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RecordCodec.read("{\"mode\":1,\"now\":\"n\"}", ClockState.class))
			.withMessage("$.mode: expected a string, found 1");
		assertThatIllegalArgumentException().isThrownBy(
				() -> RecordCodec.read("{\"seq\":1,\"duration_ms\":1,\"body_truncated\":\"no\"}", JournalEntry.class))
			.withMessage("$.body_truncated: expected true or false, found \"no\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RecordCodec.read(
					"{\"seq\":1,\"duration_ms\":1,\"body_truncated\":false,\"headers\":{\"a\":1}}", JournalEntry.class))
			.withMessage("$.headers.a: expected a string, found 1");
		assertThatIllegalArgumentException().isThrownBy(() -> RecordCodec.read("{\"reset\":", ResetResult.class))
			.withMessageStartingWith("Malformed JSON at offset 9");
	}

}
