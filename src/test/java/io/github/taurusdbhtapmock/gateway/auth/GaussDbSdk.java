package io.github.taurusdbhtapmock.gateway.auth;

import java.util.List;

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

import io.github.taurusdbhtapmock.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The official GaussDB client against the emulator, and the four operations with
 * demo-topology values.
 */
final class GaussDbSdk {

	static final String DEMO_AK = "TESTAK0123456789ABCD";

	static final String DEMO_SK = "TESTSK0123456789abcdefghijklmnopqrstuvwx";

	private final GaussDBClient client;

	private GaussDbSdk(GaussDBClient client) {
		this.client = client;
	}

	static GaussDbSdk connect(int port, String ak, String sk, String projectId) {
		return new GaussDbSdk(GaussDBClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
			.withEndpoints(List.of("http://localhost:" + port))
			.build());
	}

	CreateStarRocksDataReplicationResponse create(String task, String sourceDatabase, String target) {
		return this.client.createStarRocksDataReplication(
				new CreateStarRocksDataReplicationRequest().withInstanceId(ApiClient.INSTANCE)
					.withXLanguage("en-us")
					.withBody(new CreateStarRocksDataReplication().withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
						.withSourceDatabase(sourceDatabase)
						.withTargetDatabase(target)
						.withTaskName(task)));
	}

	ModifyDataSyncResponse modify(String task, String tableConfig) {
		return this.client.modifyDataSync(new ModifyDataSyncRequest().withInstanceId(ApiClient.INSTANCE)
			.withXLanguage("en-us")
			.withBody(new ModifyDataSyncConfigRequestV3().withTaskName(task)
				.withDbConfigs(List.of(new DbConfig().withParamName("sync_commit_interval_ms").withValue("5000")))
				.withTablesConfigs(List.of(new TablesConfig().withTableName("t1").withTableConfig(tableConfig)))));
	}

	CheckTableConfigResponse registerWithCheck(String task, String sourceDatabase, String target) {
		return this.client.checkTableConfig(new CheckTableConfigRequest().withInstanceId(ApiClient.INSTANCE)
			.withXLanguage("en-us")
			.withBody(new TableConfigCheckRequestV3().withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
				.withSourceDatabaseName(sourceDatabase)
				.withTargetDatabaseName(target)
				.withTaskName(task)
				.withIsCreateTask("true")
				.withTablesConfigs(List.of(new TablesConfig().withTableName("t1").withTableConfig("order by id")))));
	}

	ListStarRocksDataReplicationConfigResponse configuration(String task) {
		return this.client.listStarRocksDataReplicationConfig(
				new ListStarRocksDataReplicationConfigRequest().withInstanceId(ApiClient.INSTANCE)
					.withXLanguage("en-us")
					.withTaskName(task));
	}

	static ClientRequestException clientError(ThrowingCallable call) {
		ClientRequestException error = catchThrowableOfType(ClientRequestException.class, call);
		assertThat(error).as("the SDK raised ClientRequestException").isNotNull();
		return error;
	}

	/** A refusal by the gateway as an SDK user sees it. */
	static void assertGatewayError(ClientRequestException error, int status, String code, String message) {
		assertThat(error.getHttpStatusCode()).as(error.toString()).isEqualTo(status);
		assertThat(error.getErrorCode()).as(error.toString()).isEqualTo(code);
		assertThat(error.getErrorMsg()).as(error.toString()).isEqualTo(message);
		assertThat(error.getRequestId()).as(error.toString()).matches("[0-9a-f]{32}");
	}

}
