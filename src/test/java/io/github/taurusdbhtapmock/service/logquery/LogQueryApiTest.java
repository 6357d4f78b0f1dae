package io.github.taurusdbhtapmock.service.logquery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slow log and the error log over HTTP, on a manual clock: lines in the time range,
 * newest first, paged with the line_num cursor as the provider's data sources page them,
 * with the range checked as documented.
 */
class LogQueryApiTest extends ManualClockEmulatorTest {

	private static final String STARROCKS = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
			+ "/starrocks";

	private static final String SLOW = STARROCKS + "/slow-logs";

	private static final String ERRORS = STARROCKS + "/error-logs";

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	private Instant now;

	@BeforeEach
	void readTheClock() {
		this.api.post("/_emulator/reset?project_id=" + ApiClient.PROJECT, null);
		this.now = Instant.parse(this.api.get("/_emulator/clock").assertOk().json().get("now").asString());
	}

	private static String time(Instant instant) {
		return FORMAT.format(instant.atOffset(BEIJING));
	}

	/** The provider's window: the last 10 hours, in UTC+8. */
	private String window(String extra) {
		return "{\"start_time\":\"%s\",\"end_time\":\"%s\"%s}".formatted(time(this.now.minus(Duration.ofHours(10))),
				time(this.now), extra);
	}

	/** Every line, page by page, as the provider's P4 paging reads them. */
	private List<JsonNode> readAll(String path, String list, String extra, int limit) {
		List<JsonNode> lines = new ArrayList<>();
		String cursor = "";
		while (true) {
			JsonNode page = this.api.post(path, window(",\"limit\":" + limit + extra + cursor))
				.assertOk()
				.json()
				.get(list);
			page.forEach(lines::add);
			if (page.size() < limit) {
				return lines;
			}
			cursor = ",\"line_num\":\"" + page.get(page.size() - 1).get("line_num").asString() + "\"";
		}
	}

	private List<String> nodeIds(String groupType) {
		JsonNode instance = this.api
			.get("/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.SOURCE_INSTANCE + "/starrocks/"
					+ ApiClient.INSTANCE)
			.assertOk()
			.json()
			.at("/instances/0");
		List<String> ids = new ArrayList<>();
		instance.get("groups").forEach((group) -> {
			if (group.get("group_node_type").asString().equals(groupType)) {
				group.get("nodes").forEach((node) -> ids.add(node.get("id").asString()));
			}
		});
		return ids;
	}

	@Test
	void slowLogLinesHaveTheDeclaredTypesAndLieInTheRangeNewestFirst() {
		JsonNode lines = this.api.post(SLOW, window(",\"limit\":5000")).assertOk().json().get("slow_log_list");

		// each FE node writes a line every 10 minutes: 60 in 10 hours
		assertThat(lines).hasSize(60 * nodeIds("fe").size());
		Instant previous = Instant.MAX;
		for (JsonNode line : lines) {
			for (String field : List.of("node_id", "count", "time", "lock_time", "rows_sent", "rows_examined",
					"database", "users", "query_sample", "type", "start_time", "client_ip", "line_num")) {
				assertThat(line.get(field).isString()).as(field).isTrue();
			}
			assertThat(line.get("slow_log_date").isIntegralNumber()).isTrue();
			Instant at = OffsetDateTime.parse(line.get("start_time").asString(), FORMAT).toInstant();
			assertThat(line.get("start_time").asString()).endsWith("+0800");
			assertThat(at).isBetween(this.now.minus(Duration.ofHours(10)), this.now).isBefore(previous);
			assertThat(line.get("slow_log_date").asLong()).isEqualTo(at.toEpochMilli());
			previous = at;
		}
	}

	@Test
	void theLineNumCursorReadsEveryLineOnceInOrder() {
		List<JsonNode> whole = new ArrayList<>();
		this.api.post(SLOW, window(",\"limit\":5000")).assertOk().json().get("slow_log_list").forEach(whole::add);

		assertThat(readAll(SLOW, "slow_log_list", "", 7)).isEqualTo(whole);
		assertThat(readAll(SLOW, "slow_log_list", "", 60)).isEqualTo(whole);
	}

	@Test
	void theSameRangeReadsTheSameLinesAndTimeAddsNewOnesOnTop() {
		String body = "{\"start_time\":\"%s\",\"end_time\":\"%s\",\"limit\":100}"
			.formatted(time(this.now.minus(Duration.ofHours(2))), time(this.now));
		JsonNode first = this.api.post(ERRORS, body).assertOk().json();
		assertThat(this.api.post(ERRORS, body).assertOk().json()).isEqualTo(first);

		advance(Duration.ofHours(1));
		this.now = this.now.plus(Duration.ofHours(1));
		JsonNode later = this.api.post(ERRORS, window(",\"limit\":5000")).assertOk().json().get("error_log_list");

		List<String> earlierLines = new ArrayList<>();
		first.get("error_log_list").forEach((line) -> earlierLines.add(line.toString()));
		List<String> laterLines = new ArrayList<>();
		later.forEach((line) -> laterLines.add(line.toString()));
		assertThat(laterLines).containsAll(earlierLines);
		assertThat(laterLines.get(0)).isNotEqualTo(earlierLines.get(0));
	}

	@Test
	void errorLogsComeFromEveryNodeAndTheLevelFilterIsExact() {
		List<JsonNode> all = readAll(ERRORS, "error_log_list", ",\"level\":\"ALL\"", 100);
		// every node writes a line every 15 minutes: 40 each in 10 hours
		List<String> nodes = new ArrayList<>(nodeIds("fe"));
		nodes.addAll(nodeIds("be"));
		assertThat(all).hasSize(40 * nodes.size());
		assertThat(all).extracting((line) -> line.get("node_id").asString())
			.containsOnlyElementsOf(nodes)
			.containsAll(nodes);
		assertThat(all).allSatisfy((line) -> {
			for (String field : List.of("node_id", "time", "level", "content", "line_num")) {
				assertThat(line.get(field).isString()).as(field).isTrue();
			}
		});

		List<JsonNode> errors = readAll(ERRORS, "error_log_list", ",\"level\":\"ERROR\"", 100);
		assertThat(errors).isNotEmpty()
			.hasSizeLessThan(all.size())
			.allSatisfy((line) -> assertThat(line.get("level").asString()).isEqualTo("ERROR"));
		assertThat(readAll(ERRORS, "error_log_list", ",\"level\":\"FATAL\"", 100)).isEmpty();
	}

	@Test
	void theErrorLogLimitIsAStringAsTheSdkSendsItOrANumberAsTheProviderDoes() {
		JsonNode asNumber = this.api.post(ERRORS, window(",\"limit\":3")).assertOk().json();
		JsonNode asString = this.api.post(ERRORS, window(",\"limit\":\"3\"")).assertOk().json();

		assertThat(asNumber.get("error_log_list")).hasSize(3);
		assertThat(asString).isEqualTo(asNumber);
	}

	@Test
	void aNodeNarrowsTheLogAndTheSlowLogIsTheFrontEnds() {
		String backend = nodeIds("be").get(0);
		String frontend = nodeIds("fe").get(0);

		assertThat(this.api.post(SLOW, window(",\"limit\":100,\"node_id\":\"" + backend + "\""))
			.assertOk()
			.json()
			.get("slow_log_list")).isEmpty();
		assertThat(this.api.post(SLOW, window(",\"limit\":100,\"node_id\":\"" + frontend + "\""))
			.assertOk()
			.json()
			.get("slow_log_list")).hasSize(60);
		JsonNode backendErrors = this.api.post(ERRORS, window(",\"limit\":100,\"node_id\":\"" + backend + "\""))
			.assertOk()
			.json()
			.get("error_log_list");
		assertThat(backendErrors).hasSize(40)
			.allSatisfy((line) -> assertThat(line.get("node_id").asString()).isEqualTo(backend));
		this.api.post(ERRORS, window(",\"limit\":100,\"node_id\":\"nope\""))
			.assertError(400, "DBS.280001", "Parameter error. node_id: nope is not a node of StarRocks instance");
	}

	@Test
	void typeAndDatabaseFiltersAreExact() {
		List<JsonNode> all = readAll(SLOW, "slow_log_list", "", 100);
		JsonNode sample = all.get(0);
		String type = sample.get("type").asString();
		String database = sample.get("database").asString();

		List<JsonNode> filtered = readAll(SLOW, "slow_log_list",
				",\"operate_type\":\"" + type + "\",\"database\":\"" + database + "\"", 100);

		assertThat(filtered).contains(sample).allSatisfy((line) -> {
			assertThat(line.get("type").asString()).isEqualTo(type);
			assertThat(line.get("database").asString()).isEqualTo(database);
		});
		assertThat(filtered).hasSize((int) all.stream()
			.filter((line) -> line.get("type").asString().equals(type)
					&& line.get("database").asString().equals(database))
			.count());
		assertThat(readAll(SLOW, "slow_log_list", ",\"operate_type\":\"select\"", 100)).isEmpty();
	}

	@Test
	void maskingHidesTheLiteralsOfTheStatements() {
		String masking = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
				+ "/starrocks/slowlog-sensitive";
		List<JsonNode> plain = readAll(SLOW, "slow_log_list", ",\"operate_type\":\"DELETE\"", 100);
		assertThat(plain).isNotEmpty();
		assertThat(plain.get(0).get("query_sample").asString()).matches(".*WHERE id = [0-9]+");

		this.api.put(masking, "{\"open_slow_log_switch\":true}").assertOk();
		List<JsonNode> masked = readAll(SLOW, "slow_log_list", ",\"operate_type\":\"DELETE\"", 100);

		assertThat(masked).hasSameSizeAs(plain);
		assertThat(masked.get(0).get("query_sample").asString()).endsWith("WHERE id = ?");
		assertThat(masked.get(0).get("line_num")).isEqualTo(plain.get(0).get("line_num"));
	}

	@Test
	void theRangeIsCheckedAsDocumented() {
		String start = time(this.now.minus(Duration.ofHours(1)));
		String end = time(this.now);
		Map<String, String> refused = Map.of(
				"{\"start_time\":\"%s\",\"end_time\":\"%s\",\"limit\":10}".formatted(end, start),
				"Parameter error. start_time " + end + " must be before end_time",
				"{\"start_time\":\"%s\",\"end_time\":\"%s\",\"limit\":10}"
					.formatted(time(this.now.minus(Duration.ofDays(31))), end),
				"Parameter error. start_time " + time(this.now.minus(Duration.ofDays(31)))
						+ " is more than 30 days ago",
				"{\"start_time\":\"%s\",\"end_time\":\"%s\",\"limit\":10}".formatted(start,
						time(this.now.plus(Duration.ofMinutes(5)))),
				"Parameter error. end_time " + time(this.now.plus(Duration.ofMinutes(5))) + " is later than now",
				"{\"start_time\":\"2026-13-01T00:00:00+0800\",\"end_time\":\"%s\",\"limit\":10}".formatted(end),
				"Parameter error. start_time: 2026-13-01T00:00:00+0800 is not a time.");
		refused.forEach((body, message) -> {
			this.api.post(SLOW, body).assertError(400, "DBS.280001", message);
			this.api.post(ERRORS, body).assertError(400, "DBS.280001", message);
		});
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { ",\"limit\":0", ",\"limit\":5001", ",\"limit\":\"10\"", ",\"limit\":1.5", "",
			",\"limit\":10,\"line_num\":12", ",\"limit\":10,\"line_num\":\"abc\"", ",\"limit\":10,\"database\":5" })
	void slowLogRequestsOfTheWrongShapeAreRefused(String extra) {
		ApiResponse reply = this.api.post(SLOW, window(extra));
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("error_code").asString()).startsWith("DBS.");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { ",\"limit\":0", ",\"limit\":\"5001\"", ",\"limit\":true", ",\"limit\":2.5", "",
			",\"limit\":10,\"level\":\"warn\"", ",\"limit\":10,\"start_time\":\"yesterday\"" })
	void errorLogRequestsOfTheWrongShapeAreRefused(String extra) {
		String body = extra.contains("start_time")
				? "{\"start_time\":\"yesterday\",\"end_time\":\"%s\",\"limit\":10}".formatted(time(this.now))
				: window(extra);
		ApiResponse reply = this.api.post(ERRORS, body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("error_code").asString()).startsWith("DBS.");
	}

	@Test
	void anUnknownInstanceIsNotFound() {
		String unknown = SLOW.replace(ApiClient.INSTANCE, "00000000000000000000000000000000in17");
		this.api.post(unknown, window(",\"limit\":10")).assertError(400, "DBS.200022", "Instance not found.");
		this.api.post(unknown.replace("slow-logs", "error-logs"), window(",\"limit\":10"))
			.assertError(400, "DBS.200022", "Instance not found.");
	}

}
