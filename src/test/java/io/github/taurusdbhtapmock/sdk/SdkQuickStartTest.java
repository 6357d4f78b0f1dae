package io.github.taurusdbhtapmock.sdk;

import java.util.List;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.SdkException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.EmulatorTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java code of README.md and docs/sdk-java.md, as printed there (DocumentationTest
 * checks that each snippet appears in a test). Runs on its own emulator because the
 * snippets use fixed task names.
 */
@TestPropertySource(properties = "emulator.test.context=sdk-quick-start")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SdkQuickStartTest extends EmulatorTest {

	private GaussDBClient client;

	@BeforeEach
	void pointTheSnippetsAtThisEmulator() {
		System.setProperty("emulator.url", "http://localhost:" + port());
		// tag::client[]
		String endpoint = System.getProperty("emulator.url", "http://localhost:8080");
		GaussDBClient client = GaussDBClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("TESTAK0123456789ABCD")
				.withSk("TESTSK0123456789abcdefghijklmnopqrstuvwx")
				.withProjectId("0123456789abcdef0123456789abcdef"))
			.withEndpoints(List.of(endpoint))
			.build();
		// end::client[]
		this.client = client;
	}

	@AfterEach
	void clear() {
		System.clearProperty("emulator.url");
	}

	@Test
	void createThenReadTheConfiguration() {
		GaussDBClient client = this.client;
		// tag::create[]
		CreateStarRocksDataReplicationResponse created = client.createStarRocksDataReplication(
				new CreateStarRocksDataReplicationRequest().withInstanceId("aaaabbbbccccddddeeeeffff00001111in17")
					.withXLanguage("en-us")
					.withBody(new CreateStarRocksDataReplication()
						.withSourceInstanceId("1111aaaa2222bbbb3333cccc4444ddddin07")
						.withSourceDatabase("src_db")
						.withTargetDatabase("tgt_db")
						.withTaskName("task_demo")));
		String jobId = created.getJobId();

		ListStarRocksDataReplicationConfigResponse configuration = client.listStarRocksDataReplicationConfig(
				new ListStarRocksDataReplicationConfigRequest().withInstanceId("aaaabbbbccccddddeeeeffff00001111in17")
					.withXLanguage("en-us")
					.withTaskName("task_demo"));
		String target = configuration.getTargetDatabaseName(); // "tgt_db"
		// end::create[]
		assertThat(jobId).matches("[0-9a-f-]{36}");
		assertThat(target).isEqualTo("tgt_db");

		// tag::error[]
		ClientRequestException e = catchThrowableOfType(ClientRequestException.class,
				() -> client.listStarRocksDataReplicationConfig(new ListStarRocksDataReplicationConfigRequest()
					.withInstanceId("aaaabbbbccccddddeeeeffff00001111in17")
					.withXLanguage("en-us")
					.withTaskName("no_such_task")));
		assertThat(e.getHttpStatusCode()).isEqualTo(400);
		assertThat(e.getErrorCode()).isEqualTo("DBS.270022");
		assertThat(e.getErrorMsg()).startsWith("The synchronization task does not exist.");
		assertThat(e.getRequestId()).matches("[0-9a-f]{32}"); // the X-Request-Id header
		// end::error[]
	}

	/**
	 * The SDK refuses, before sending, a request of these operations without X-Language.
	 */
	@Test
	void theSdkRequiresXLanguageOnSomeOperations() {
		SdkException missing = catchThrowableOfType(SdkException.class,
				() -> this.client.listStarRocksDataReplicationConfig(new ListStarRocksDataReplicationConfigRequest()
					.withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
					.withTaskName("task_demo")));
		assertThat(missing).hasMessageContaining("X-Language");
	}

}
