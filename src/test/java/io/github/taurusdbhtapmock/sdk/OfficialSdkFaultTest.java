package io.github.taurusdbhtapmock.sdk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.huaweicloud.sdk.core.exception.ConnectionException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncConfigRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.api.JournalListing;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.SdkClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the official SDK makes of the control plane's fault rules, and what the journal
 * records of it: the retry and error-handling code a user tests against the emulator
 * meets these exceptions. The emulator is shared with other test classes, so every test
 * starts and ends without fault rules.
 */
class OfficialSdkFaultTest extends EmulatorTest {

	private static final String FAULTS = "/_emulator/faults";

	private static final String JOURNAL = "/_emulator/requests";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The SDK hides response headers: this client records the last X-Request-Id. */
	private SdkClient sdk;

	private GaussDBClient client;

	@BeforeEach
	void startWithoutRules() {
		this.sdk = SdkClient.connect(port());
		this.client = this.sdk.client();
		clearFaults();
	}

	@AfterEach
	void clearFaults() {
		this.api.send("DELETE", FAULTS, null).assertOk();
	}

	@Test
	void aRuleWithTimesTwoFailsTwoCallsWithServerResponseExceptionsThenLetsTheThirdThrough() {
		String task = createTask();
		FaultRule rule = addFault(
				Fault.on("ModifyDataSync").error(500, "DBS.05000000", "Injected by a test.").times(2));
		clearJournal();

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
		List<JournalEntry> journal = journal("ModifyDataSync");
		assertThat(journal).extracting(JournalEntry::status).containsExactly(200, 500, 500);
		assertThat(journal).extracting(JournalEntry::requestId)
			.containsExactly(this.sdk.lastRequestId(), failedRequestIds.get(1), failedRequestIds.get(0));
		assertThat(journal.get(0).fault()).isNull();
		assertThat(journal.get(1).fault().id()).isEqualTo(rule.id());
		assertThat(journal.get(2).fault().id()).isEqualTo(rule.id());
		assertThat(journal).allSatisfy((entry) -> {
			assertThat(entry.method()).isEqualTo("PUT");
			assertThat(entry.headers()).containsEntry("authorization", "[redacted]");
			assertThat(entry.body()).contains("\"task_name\":\"" + task + "\"");
		});
		FaultRule counted = this.api.get(FAULTS + "/" + rule.id()).assertOk().as(FaultRule.class);
		assertThat(counted.fired()).isEqualTo(2);
		assertThat(counted.remaining()).isZero();
	}

	@Test
	void aDroppedConnectionIsAConnectionExceptionWithTheIoErrorAsItsCause() {
		String task = createTask();
		addFault(Fault.on("ModifyDataSync").drop());
		clearJournal();

		ConnectionException error = catchThrowableOfType(ConnectionException.class, () -> modifyDataSync(task));

		assertThat(error).as("the SDK raised ConnectionException").isNotNull();
		assertThat(error).hasCauseInstanceOf(IOException.class);
		assertThat(journal("ModifyDataSync")).isNotEmpty().allSatisfy((entry) -> {
			assertThat(entry.status()).isNull();
			assertThat(entry.fault().effect()).isEqualTo("drop");
		});
	}

	/** POST /_emulator/faults with the rule's JSON: the rule as listed, with its id. */
	private FaultRule addFault(Fault fault) {
		ApiResponse added = this.api.post(FAULTS, JSON.writeValueAsString(fault.definition()));
		assertThat(added.status()).as("status of reply %s", added.body()).isEqualTo(201);
		return added.as(FaultRule.class);
	}

	private void clearJournal() {
		this.api.send("DELETE", JOURNAL, null).assertOk();
	}

	/** The exchanges of one SDK operation, newest first. */
	private List<JournalEntry> journal(String operation) {
		return this.api.get(JOURNAL + "?operation=" + operation).assertOk().as(JournalListing.class).requests();
	}

	private ModifyDataSyncResponse modifyDataSync(String task) {
		return this.client.modifyDataSync(new ModifyDataSyncRequest().withInstanceId(ApiClient.INSTANCE)
			.withXLanguage("en-us")
			.withBody(new ModifyDataSyncConfigRequestV3().withTaskName(task)));
	}

}
