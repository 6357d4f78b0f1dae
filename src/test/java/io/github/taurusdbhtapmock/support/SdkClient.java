package io.github.taurusdbhtapmock.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.core.HttpListener;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckTableConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckTableConfigResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.DbConfig;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncConfigRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.TableConfigCheckRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.TablesConfig;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The official GaussDB client as tests build it: against an emulator on this machine,
 * with the demo key and project or the credentials a test gives. It remembers the
 * X-Request-Id of the last reply, which the SDK hides, and offers the calls and
 * assertions SDK tests share.
 */
public final class SdkClient {

	private final AtomicReference<String> lastRequestId = new AtomicReference<>();

	private final GaussDBClient client;

	private SdkClient(ClientBuilder<GaussDBClient> builder) {
		this.client = builder
			.withHttpConfig(HttpConfig.getDefaultHttpConfig()
				.withTimeout(10)
				.addHttpListener(HttpListener.forResponseListener(
						(response) -> this.lastRequestId.set(header(response.headers(), "X-Request-Id")))))
			.build();
	}

	/** Signing with the demo key, on the demo project. */
	public static SdkClient connect(int port) {
		return connect(port, DemoTopology.ACCESS_KEY, DemoTopology.SECRET_KEY, DemoTopology.PROJECT_ID);
	}

	public static SdkClient connect(int port, String ak, String sk, String projectId) {
		return new SdkClient(GaussDBClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId))
			.withEndpoints(List.of("http://localhost:" + port)));
	}

	public GaussDBClient client() {
		return this.client;
	}

	/** The X-Request-Id of the last reply this client received. */
	public String lastRequestId() {
		return this.lastRequestId.get();
	}

	/** CreateStarRocksDataReplication on the demo instances. */
	public CreateStarRocksDataReplicationResponse create(String task, String sourceDatabase, String target) {
		return this.client.createStarRocksDataReplication(
				new CreateStarRocksDataReplicationRequest().withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
					.withXLanguage("en-us")
					.withBody(new CreateStarRocksDataReplication().withSourceInstanceId(DemoTopology.TAURUS_INSTANCE_ID)
						.withSourceDatabase(sourceDatabase)
						.withTargetDatabase(target)
						.withTaskName(task)));
	}

	/** ModifyDataSync of one parameter and the table config of t1. */
	public ModifyDataSyncResponse modify(String task, String tableConfig) {
		return this.client.modifyDataSync(new ModifyDataSyncRequest().withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
			.withXLanguage("en-us")
			.withBody(new ModifyDataSyncConfigRequestV3().withTaskName(task)
				.withDbConfigs(List.of(new DbConfig().withParamName("sync_commit_interval_ms").withValue("5000")))
				.withTablesConfigs(List.of(new TablesConfig().withTableName("t1").withTableConfig(tableConfig)))));
	}

	/**
	 * CheckTableConfig that registers the task (is_create_task), with t1 ordered by id.
	 */
	public CheckTableConfigResponse registerWithCheck(String task, String sourceDatabase, String target) {
		return this.client.checkTableConfig(new CheckTableConfigRequest()
			.withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
			.withXLanguage("en-us")
			.withBody(new TableConfigCheckRequestV3().withSourceInstanceId(DemoTopology.TAURUS_INSTANCE_ID)
				.withSourceDatabaseName(sourceDatabase)
				.withTargetDatabaseName(target)
				.withTaskName(task)
				.withIsCreateTask("true")
				.withTablesConfigs(List.of(new TablesConfig().withTableName("t1").withTableConfig("order by id")))));
	}

	/** ListStarRocksDataReplicationConfig of a task on the demo instance. */
	public ListStarRocksDataReplicationConfigResponse configuration(String task) {
		return this.client.listStarRocksDataReplicationConfig(
				new ListStarRocksDataReplicationConfigRequest().withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
					.withXLanguage("en-us")
					.withTaskName(task));
	}

	public static ClientRequestException clientError(ThrowingCallable call) {
		ClientRequestException error = catchThrowableOfType(ClientRequestException.class, call);
		assertThat(error).as("the SDK raised ClientRequestException").isNotNull();
		return error;
	}

	/**
	 * Status, code, the documented start of the message, and the exchange's own request
	 * id.
	 */
	public void assertError(ClientRequestException error, int status, String code, String messageStart) {
		assertThat(error.getHttpStatusCode()).as(error.toString()).isEqualTo(status);
		assertThat(error.getErrorCode()).as(error.toString()).isEqualTo(code);
		assertThat(error.getErrorMsg()).as(error.toString()).startsWith(messageStart);
		assertThat(error.getRequestId()).matches("[0-9a-f]{32}").isEqualTo(lastRequestId());
	}

	/** A refusal by the gateway as an SDK user sees it: its whole message. */
	public static void assertGatewayError(ClientRequestException error, int status, String code, String message) {
		assertThat(error.getHttpStatusCode()).as(error.toString()).isEqualTo(status);
		assertThat(error.getErrorCode()).as(error.toString()).isEqualTo(code);
		assertThat(error.getErrorMsg()).as(error.toString()).isEqualTo(message);
		assertThat(error.getRequestId()).as(error.toString()).matches("[0-9a-f]{32}");
	}

	private static String header(Map<String, List<String>> headers, String name) {
		return headers.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
			.map((entry) -> entry.getValue().get(0))
			.findFirst()
			.orElse(null);
	}

}
