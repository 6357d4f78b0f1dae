package io.github.taurusdbhtapmock.admin.journal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import tools.jackson.databind.JsonNode;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal's configured bounds, over HTTP: an emulator of its own with room for 5
 * entries of 16 body bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.journal.max-entries=5", "emulator.journal.max-body-bytes=16" })
class BoundedJournalTest {

	@LocalServerPort
	private int port;

	private ApiClient api;

	@BeforeEach
	void connect() {
		this.api = ApiClient.forPort(this.port);
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();
	}

	@Test
	void theJournalKeepsOnlyTheNewestMaxEntries() {
		for (int i = 1; i <= 12; i++) {
			this.api.get(REPLICATION_PATH + "?offset=" + i).assertOk();
		}

		JsonNode listing = this.api.get("/_emulator/requests").assertOk().json();

		assertThat(listing.get("max_entries").asInt()).isEqualTo(5);
		assertThat(listing.get("evicted").asInt()).isEqualTo(7);
		assertThat(queries(listing)).containsExactly("offset=12", "offset=11", "offset=10", "offset=9", "offset=8");
	}

	@Test
	void aBodyLongerThanMaxBodyBytesIsCutAndMarked() {
		String exactly16 = "{\"task_name\":1}";
		String longer = "{\"task_name\":\"abcdefghijklmnopqrstuvwxyz\"}";
		this.api.put(REPLICATION_PATH, exactly16 + " ");
		this.api.put(REPLICATION_PATH, longer);

		List<JsonNode> entries = entries(this.api.get("/_emulator/requests").assertOk().json());

		assertThat(entries.get(0).get("body").asString()).isEqualTo(longer.substring(0, 16));
		assertThat(entries.get(0).get("body_truncated").asBoolean()).isTrue();
		assertThat(entries.get(1).get("body").asString()).isEqualTo(exactly16 + " ");
		assertThat(entries.get(1).get("body_truncated").asBoolean()).isFalse();
	}

	@Test
	void theApplicationStillReadsTheWholeBodyWhenTheJournalKeepsOnlyItsStart() {
		ApiResponse reply = this.api.post(REPLICATION_PATH,
				"{\"source_instance_id\":\"%s\",\"source_database\":\"src_db\",\"target_database\":\"tgt_bounded\",\"task_name\":\"task_bounded\"}"
					.formatted(ApiClient.SOURCE_INSTANCE));

		reply.assertOk();
		assertThat(reply.text("job_id")).isNotEmpty();
	}

	private static List<JsonNode> entries(JsonNode listing) {
		List<JsonNode> entries = new ArrayList<>();
		listing.get("requests").forEach(entries::add);
		return entries;
	}

	private static List<String> queries(JsonNode listing) {
		return entries(listing).stream().map((entry) -> entry.get("query").asString()).toList();
	}

}
