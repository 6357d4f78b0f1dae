package io.github.taurusdbhtapmock.sdk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.huaweicloud.sdk.core.exception.ConnectionException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncConfigRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.junit.Fault;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulatorTest;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.SdkClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the official SDK makes of the control plane's fault rules, and what the journal
 * records of it: the retry and error-handling code a user tests against the emulator
 * meets these exceptions. The extension resets the emulator, rules included, before each
 * test.
 */
@TaurusHtapEmulatorTest(properties = { "emulator.jobs.duration=0s", "emulator.replication.full-sync-duration=0s" })
class OfficialSdkFaultTest {

	private TaurusHtapEmulator emulator;

	/** The SDK hides response headers: this client records the last X-Request-Id. */
	private SdkClient sdk;

	private GaussDBClient client;

	@BeforeEach
	void connect() {
		this.sdk = SdkClient.of(this.emulator.gaussDbClientBuilder());
		this.client = this.sdk.client();
	}

	@Test
	void aRuleWithTimesTwoFailsTwoCallsWithServerResponseExceptionsThenLetsTheThirdThrough() {
		String task = createTask();
		FaultRule rule = this.emulator
			.addFault(Fault.on("ModifyDataSync").error(500, "DBS.05000000", "Injected by a test.").times(2));
		this.emulator.clearJournal();

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
		List<JournalEntry> journal = this.emulator.journal("ModifyDataSync");
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
		FaultRule counted = this.emulator.fault(rule.id());
		assertThat(counted.fired()).isEqualTo(2);
		assertThat(counted.remaining()).isZero();
	}

	@Test
	void aDroppedConnectionIsAConnectionExceptionWithTheIoErrorAsItsCause() {
		String task = createTask();
		this.emulator.addFault(Fault.on("ModifyDataSync").drop());
		this.emulator.clearJournal();

		ConnectionException error = catchThrowableOfType(ConnectionException.class, () -> modifyDataSync(task));

		assertThat(error).as("the SDK raised ConnectionException").isNotNull();
		assertThat(error).hasCauseInstanceOf(IOException.class);
		assertThat(this.emulator.journal("ModifyDataSync")).isNotEmpty().allSatisfy((entry) -> {
			assertThat(entry.status()).isNull();
			assertThat(entry.fault().effect()).isEqualTo("drop");
		});
	}

	private String createTask() {
		String task = Names.unique("task");
		this.client.createStarRocksDataReplication(
				new CreateStarRocksDataReplicationRequest().withInstanceId(ApiClient.INSTANCE)
					.withXLanguage("en-us")
					.withBody(new CreateStarRocksDataReplication().withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
						.withSourceNodeId(ApiClient.READ_REPLICA)
						.withSourceDatabase("src_db")
						.withTargetDatabase(Names.unique("tgt"))
						.withTaskName(task)));
		return task;
	}

	private ModifyDataSyncResponse modifyDataSync(String task) {
		return this.client.modifyDataSync(new ModifyDataSyncRequest().withInstanceId(ApiClient.INSTANCE)
			.withXLanguage("en-us")
			.withBody(new ModifyDataSyncConfigRequestV3().withTaskName(task)));
	}

}
