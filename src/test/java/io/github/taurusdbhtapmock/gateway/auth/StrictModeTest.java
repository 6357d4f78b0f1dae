package io.github.taurusdbhtapmock.gateway.auth;

import java.util.Map;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.SdkClient;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static io.github.taurusdbhtapmock.support.SdkClient.assertGatewayError;
import static io.github.taurusdbhtapmock.support.SdkClient.clientError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strict mode against real clients: the official SDK with the demo AK/SK, the SDK's own
 * signer for requests changed after signing, and tokens from the configured list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.auth.mode=strict", "emulator.auth.tokens[0].value=strict-token" })
@ExtendWith(OutputCaptureExtension.class)
class StrictModeTest {

	private static final String AUTH_FAILED = "Incorrect IAM authentication information: ";

	@LocalServerPort
	private int port;

	private SignedApi signed;

	private ApiClient tokens;

	@BeforeEach
	void connect() {
		this.signed = new SignedApi(this.port, DemoTopology.ACCESS_KEY, DemoTopology.SECRET_KEY);
		this.tokens = ApiClient.forPort(this.port).withHeader("X-Auth-Token", "strict-token");
	}

	@Test
	void theOfficialSdkWithTheDemoKeysRunsEveryOperation() {
		SdkClient sdk = SdkClient.connect(this.port, DemoTopology.ACCESS_KEY, DemoTopology.SECRET_KEY,
				ApiClient.PROJECT);
		String task = Names.unique("task");
		String registered = Names.unique("task");

		assertThat(sdk.create(task, "src_db", Names.unique("tgt")).getJobId()).isNotBlank();
		assertThat(sdk.modify(task, "order by id").getJobId()).isNotBlank();
		assertThat(sdk.registerWithCheck(registered, "src_db", Names.unique("tgt")).getTaskName())
			.isEqualTo(registered);
		assertThat(sdk.configuration(task).getTableInfos()).singleElement()
			.satisfies((table) -> assertThat(table.getTableConfig()).isEqualTo("order by id"));
		assertThat(sdk.configuration(registered).getTableInfos()).singleElement()
			.satisfies((table) -> assertThat(table.getTableName()).isEqualTo("t1"));
	}

	@Test
	void aWrongSecretKeyGetsATerseRefusalAndTheLogShowsWhatToCompare(CapturedOutput output) {
		String wrongSecret = DemoTopology.SECRET_KEY.replace("abc", "abd");
		SdkClient sdk = SdkClient.connect(this.port, DemoTopology.ACCESS_KEY, wrongSecret, ApiClient.PROJECT);
		String task = Names.unique("task");

		ClientRequestException error = clientError(() -> sdk.configuration(task));

		assertGatewayError(error, 401, "APIGW.0301", AUTH_FAILED + "verify aksk signature fail");
		assertThat(output.getAll()).contains("AK/SK signature mismatch on GET " + REPLICATION_PATH + "/configuration",
				"----- canonical request computed by the emulator -----\nGET\n" + REPLICATION_PATH + "/configuration/\n"
						+ "task_name=" + task + "\n",
				"x-project-id:" + ApiClient.PROJECT + "\n",
				"----- string to sign computed by the emulator -----\nSDK-HMAC-SHA256\n");
		assertThat(output.getAll()).doesNotContain(DemoTopology.SECRET_KEY, wrongSecret);
		assertThat(error.getErrorMsg()).doesNotContain("canonical", DemoTopology.SECRET_KEY, wrongSecret);
	}

	@Test
	void anUnknownAccessKeyIsRefused() {
		SdkClient sdk = SdkClient.connect(this.port, "UNKNOWNAK0123456789A", DemoTopology.SECRET_KEY,
				ApiClient.PROJECT);

		ClientRequestException error = clientError(
				() -> sdk.create(Names.unique("task"), "src_db", Names.unique("tgt")));

		assertGatewayError(error, 401, "APIGW.0301", AUTH_FAILED + "ak not exist");
	}

	@Test
	void aSignedRequestPassesAsSignedAndFailsWhenAnySignedPartChanges() {
		String task = Names.unique("task");
		String create = createBody(task, Names.unique("tgt"));
		SignedApi.Signed post = this.signed.sign("POST", REPLICATION_PATH, null, create);
		SignedApi.Signed get = this.signed.sign("GET", REPLICATION_PATH + "/configuration", Map.of("task_name", task),
				null);

		// the body: one character
		assertMismatch(this.signed.send(post.withBody(create.replace("src_db", "src_dc"))));
		// the path: one character of the instance id, which would otherwise be "instance
		// not found"
		assertMismatch(this.signed.send(post.withTarget((target) -> target.replace("00001111in17", "00001112in17"))));
		// a query value
		assertMismatch(this.signed.send(get.withTarget((target) -> target.replace(task, task + "x"))));
		// a signed header, in a way that does not change what the service sees
		assertMismatch(this.signed.send(get.withHeader("X-Language", "EN-US")));

		this.signed.send(post).assertOk();
		this.signed.send(get.withHeader("Accept", "text/plain")).assertOk();
	}

	@Test
	void aChunkedBodyIsVerifiedOverTheBytesItCarries() {
		String body = createBody(Names.unique("task"), Names.unique("tgt"));
		SignedApi.Signed post = this.signed.sign("POST", REPLICATION_PATH, null, body).chunked();

		this.signed.send(post).assertOk();
		assertMismatch(this.signed.send(post.withBody(body.replace("{", "{ "))));
	}

	@Test
	void aMissingOrMalformedDateIsRefused() {
		SignedApi.Signed get = this.signed.sign("GET", REPLICATION_PATH + "/configuration", Map.of("task_name", "abc"),
				null);

		this.signed.send(get.withHeader("X-Sdk-Date", "2026-11-21T22:50:47Z"))
			.assertError(401, "APIGW.0301", AUTH_FAILED + "x-sdk-date not found or malformed");
	}

	@Test
	void onlyConfiguredTokensAreAccepted() {
		this.tokens.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		this.tokens.withHeader("X-Auth-Token", "test-token")
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(401, "APIGW.0301", AUTH_FAILED + "decrypt token fail");
		ApiResponse none = this.tokens.withHeader("X-Auth-Token", null)
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(401, "APIGW.0301", AUTH_FAILED + "x-auth-token not found");
		assertThat(none.errorMessage()).doesNotContain(DemoTopology.SECRET_KEY);
	}

	@Test
	void theSignatureIsNotLookedAtInLenientShapeChecksAnyMore() {
		this.tokens.withHeader("X-Auth-Token", null)
			.withHeader("Authorization",
					"SDK-HMAC-SHA256 Access=" + DemoTopology.ACCESS_KEY
							+ ", SignedHeaders=host;x-sdk-date, Signature=0123abcd")
			.withHeader("X-Sdk-Date", SdkDate.format(java.time.Instant.now()))
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(401, "APIGW.0301", AUTH_FAILED + "verify aksk signature fail");
	}

	@Test
	void anUnknownRouteIsStillNotFoundBeforeCredentialsAreChecked() {
		this.tokens.withHeader("X-Auth-Token", null)
			.post("/v3/" + ApiClient.PROJECT + "/jobs", "{}")
			.assertError(404, "APIGW.0101", "The API does not exist");
	}

	@Test
	void anXProjectIdOtherThanThePathsIsARequestError() {
		this.tokens.withHeader("X-Project-Id", "fedcba9876543210fedcba9876543210")
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(400, "APIGW.0201", "API request error. X-Project-Id fedcba9876543210fedcba9876543210 does "
					+ "not match the project " + ApiClient.PROJECT + " of the path.");
		this.tokens.withHeader("X-Project-Id", ApiClient.PROJECT)
			.get(REPLICATION_PATH + "/configuration?task_name=abc")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		// signed, so the gateway knows the client meant it
		this.signed
			.send(this.signed.sign("GET", REPLICATION_PATH + "/configuration", Map.of("task_name", "abc"), null,
					Map.of("X-Project-Id", "fedcba9876543210fedcba9876543210")))
			.assertError(400, "APIGW.0201", "API request error. X-Project-Id fedcba9876543210fedcba9876543210");
	}

	private static void assertMismatch(ApiResponse reply) {
		reply.assertError(401, "APIGW.0301", AUTH_FAILED + "verify aksk signature fail");
		assertThat(reply.errorMessage()).isEqualTo(AUTH_FAILED + "verify aksk signature fail");
	}

	private static String createBody(String task, String target) {
		return """
				{"source_instance_id":"%s","source_database":"src_db","target_database":"%s","task_name":"%s"}"""
			.formatted(ApiClient.SOURCE_INSTANCE, target, task);
	}

}
