package io.github.taurusdbhtapmock.gateway.auth;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.SdkClient;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default mode: credentials of the right shape pass unverified, so tests may sign
 * with any key and any clock; X-Project-Id must still agree with the path.
 */
class LenientModeTest extends EmulatorTest {

	private static final String CONFIGURATION = REPLICATION_PATH + "/configuration?task_name=abc";

	private static final String AUTHORIZATION = "SDK-HMAC-SHA256 Access=ANYAK, SignedHeaders=host;x-sdk-date, "
			+ "Signature=0123abcd";

	@Test
	void anyTokenPasses() {
		this.api.withHeader("X-Auth-Token", "anything at all")
			.get(CONFIGURATION)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void aWellFormedSignatureWithAnyKeyAndAnyDatePasses() {
		ApiClient signed = this.api.withHeader("X-Auth-Token", null).withHeader("Authorization", AUTHORIZATION);

		signed.withHeader("X-Sdk-Date", SdkDate.format(Instant.now()))
			.get(CONFIGURATION)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		signed.withHeader("X-Sdk-Date", "20000101T000000Z")
			.get(CONFIGURATION)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void theOfficialSdkWithAWrongSecretKeyPasses() {
		SdkClient sdk = SdkClient.connect(port(), DemoTopology.ACCESS_KEY, "not-the-secret", ApiClient.PROJECT);
		String task = Names.unique("task");

		assertThat(sdk.create(task, "src_db", Names.unique("tgt")).getJobId()).isNotBlank();
		assertThat(sdk.configuration(task).getTargetDatabaseName()).startsWith("tgt_");
	}

	@Test
	void aSignatureNeedsAnXSdkDate() {
		ApiClient signed = this.api.withHeader("X-Auth-Token", null).withHeader("Authorization", AUTHORIZATION);

		signed.get(CONFIGURATION)
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information: x-sdk-date not found");
		signed.withHeader("X-Sdk-Date", "2026-11-21T22:50:47Z")
			.get(CONFIGURATION)
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information: x-sdk-date not found");
		signed.withHeader("X-Sdk-Date", "20261121T225047Z")
			.withHeader("X-Language", "zh-cn")
			.get(CONFIGURATION)
			.assertError(400, "DBS.270022", "同步任务不存在。");
	}

	@Test
	void anXProjectIdOtherThanThePathsIsARequestError() {
		this.api.withHeader("X-Project-Id", "fedcba9876543210fedcba9876543210")
			.get(CONFIGURATION)
			.assertError(400, "APIGW.0201", "API request error. X-Project-Id fedcba9876543210fedcba9876543210");
		this.api.withHeader("X-Project-Id", "fedcba9876543210fedcba9876543210")
			.withHeader("X-Language", "zh-cn")
			.get(CONFIGURATION)
			.assertError(400, "APIGW.0201", "API请求错误。X-Project-Id fedcba9876543210fedcba9876543210 与路径中的项目");
		this.api.withHeader("X-Project-Id", ApiClient.PROJECT)
			.get(CONFIGURATION)
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void credentialsAreCheckedBeforeTheProjectHeader() {
		this.api.withHeader("X-Auth-Token", null)
			.withHeader("X-Project-Id", "fedcba9876543210fedcba9876543210")
			.get(CONFIGURATION)
			.assertError(401, "APIGW.0301", "Incorrect IAM authentication information: x-auth-token not found");
	}

}
