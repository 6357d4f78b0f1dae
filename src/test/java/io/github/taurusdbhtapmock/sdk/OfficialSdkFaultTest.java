package io.github.taurusdbhtapmock.sdk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.huaweicloud.sdk.core.HttpListener;
import com.huaweicloud.sdk.core.exception.ConnectionException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncConfigRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.SdkClients;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the official SDK makes of the control plane's fault rules, and what the journal records of it: the
 * retry and error-handling code a user tests against the emulator meets these exceptions.
 */
class OfficialSdkFaultTest extends EmulatorTest {

	/** The SDK hides response headers, so a listener records the last X-Request-Id. */
	private final AtomicReference<String> lastRequestId = new AtomicReference<>();

	private GaussDBClient client;

	@BeforeEach
	void startClean() {
		this.client = SdkClients.forPort(port(), SdkClients.withResponseListener(HttpListener.forResponseListener(
				(response) -> this.lastRequestId.set(header(response.headers(), "X-Request-Id")))));
		this.api.send("DELETE", "/_emulator/faults", null).assertOk();
	}

	@AfterEach
	void removeRules() {
		this.api.send("DELETE", "/_emulator/faults", null).assertOk();
	}

	@Test
	void aRuleWithTimesTwoFailsTwoCallsWithServerResponseExceptionsThenLetsTheThirdThrough() {
		String task = createTask();
		ApiResponse rule = this.api.post("/_emulator/faults", """
				{"operation":"ModifyDataSync","effect":"error","status":500,"error_code":"DBS.05000000",\
				"error_msg":"Injected by a test.","times":2}""");
		assertThat(rule.status()).isEqualTo(201);
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();

		List<String> failedRequestIds = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			ServerResponseException error = catchThrowableOfType(ServerResponseException.class,
					() -> modifyDataSync(task));
			assertThat(error).as("call %d raised ServerResponseException", i + 1).isNotNull();
			assertThat(error.getHttpStatusCode()).isEqualTo(500);
			assertThat(error.getErrorCode()).isEqualTo("DBS.05000000");
			assertThat(error.getErrorMsg()).isEqualTo("Injected by a test.");
			failedRequestIds.add(error.getRequestId());
		}
		ModifyDataSyncResponse third = modifyDataSync(task);

		assertThat(third.getHttpStatusCode()).isEqualTo(200);
		assertThat(third.getTaskName()).isEqualTo(task);
		List<JsonNode> journal = journal("?operation=ModifyDataSync");
		assertThat(journal).extracting((entry) -> entry.get("status").asInt()).containsExactly(200, 500, 500);
		assertThat(journal).extracting((entry) -> entry.get("request_id").asString())
			.containsExactly(this.lastRequestId.get(), failedRequestIds.get(1), failedRequestIds.get(0));
		assertThat(journal.get(0).get("fault").isNull()).isTrue();
		assertThat(journal.get(1).get("fault").get("id").asString()).isEqualTo(rule.text("id"));
		assertThat(journal.get(2).get("fault").get("id").asString()).isEqualTo(rule.text("id"));
		assertThat(journal).allSatisfy((entry) -> {
			assertThat(entry.get("method").asString()).isEqualTo("PUT");
			assertThat(entry.get("headers").get("authorization").asString()).isEqualTo("[redacted]");
			assertThat(entry.get("body").asString()).contains("\"task_name\":\"" + task + "\"");
		});
		JsonNode counted = this.api.get("/_emulator/faults/" + rule.text("id")).assertOk().json();
		assertThat(counted.get("fired").asInt()).isEqualTo(2);
		assertThat(counted.get("remaining").asInt()).isZero();
	}

	@Test
	void aDroppedConnectionIsAConnectionExceptionWithTheIoErrorAsItsCause() {
		String task = createTask();
		ApiResponse rule = this.api.post("/_emulator/faults", "{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\"}");
		assertThat(rule.status()).isEqualTo(201);
		this.api.send("DELETE", "/_emulator/requests", null).assertOk();

		ConnectionException error = catchThrowableOfType(ConnectionException.class, () -> modifyDataSync(task));

		assertThat(error).as("the SDK raised ConnectionException").isNotNull();
		assertThat(error).hasCauseInstanceOf(IOException.class);
		assertThat(journal("?operation=ModifyDataSync")).isNotEmpty().allSatisfy((entry) -> {
			assertThat(entry.get("status").isNull()).isTrue();
			assertThat(entry.get("fault").get("effect").asString()).isEqualTo("drop");
		});
	}

	private ModifyDataSyncResponse modifyDataSync(String task) {
		return this.client.modifyDataSync(new ModifyDataSyncRequest().withInstanceId(ApiClient.INSTANCE)
			.withXLanguage("en-us")
			.withBody(new ModifyDataSyncConfigRequestV3().withTaskName(task)));
	}

	private static String header(Map<String, List<String>> headers, String name) {
		return headers.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
			.map((entry) -> entry.getValue().get(0))
			.findFirst()
			.orElse(null);
	}

	private List<JsonNode> journal(String query) {
		List<JsonNode> entries = new ArrayList<>();
		this.api.get("/_emulator/requests" + query).assertOk().json().get("requests").forEach(entries::add);
		return entries;
	}

}
