package io.github.taurusdbhtapmock.sdk;

import org.junit.jupiter.api.Test;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckDataBaseConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckDataBaseConfigResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.DbConfig;
import com.huaweicloud.sdk.gaussdb.v3.model.DbConfigCheckRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigByDataBaseRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigByDataBaseResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDbParametersRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDbParametersResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowGaussMySqlJobInfoRequest;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.SdkClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The lifecycle operations through the official SDK, with instant jobs. */
class OfficialSdkLifecycleTest extends EmulatorTest {

	@Test
	void theWholeLifeOfATask() {
		GaussDBClient client = SdkClient.connect(port()).client();
		new SdkLifecycleFlow(client, (what, condition) -> assertThat(condition.getAsBoolean()).as(what).isTrue())
			.run(Names.unique("task"), Names.unique("tgt"));
	}

	@Test
	void databaseCheckRegistersATaskReadableByItsDestination() {
		GaussDBClient client = SdkClient.connect(port()).client();
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		CheckDataBaseConfigResponse checked = client
			.checkDataBaseConfig(new CheckDataBaseConfigRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withBody(new DbConfigCheckRequestV3().withTaskName(task)
					.withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
					.withSourceDatabaseName("sales")
					.withTargetDatabaseName(target)
					.withDbConfigs(List.of(new DbConfig().withParamName("snapshot_with_lock").withValue("true")))));
		assertThat(checked.getTaskName()).isEqualTo(task);
		assertThat(checked.getSourceDbConfigCheckResults()).singleElement()
			.satisfies((result) -> assertThat(result.getCheckResult().getValue()).isEqualTo("success"));
		assertThat(checked.getTargetDbConfigCheckResults()).isEmpty();

		ListStarRocksDataReplicationConfigByDataBaseResponse configuration = client
			.listStarRocksDataReplicationConfigByDataBase(
					new ListStarRocksDataReplicationConfigByDataBaseRequest().withInstanceId(ApiClient.INSTANCE)
						.withXLanguage("en-us")
						.withDatabase(target));
		assertThat(configuration.getDatabaseInfo().getDatabaseName()).isEqualTo("sales");
		assertThat(configuration.getTargetDatabaseName()).isEqualTo(target);
		assertThat(configuration.getIsTablesChange()).isFalse();
	}

	@Test
	void theParameterCatalogue() {
		ListStarRocksDbParametersResponse parameters = SdkClient.connect(port())
			.client()
			.listStarRocksDbParameters(
					new ListStarRocksDbParametersRequest().withInstanceId(ApiClient.INSTANCE).withXLanguage("zh-cn"));
		assertThat(parameters.getDbParameters()).hasSize(13);
		assertThat(parameters.getDbParameters().get(0).getParamName()).isEqualTo("enable_chunk_level_dump");
		assertThat(parameters.getDbParameters().get(0).getDescription()).isEqualTo("是否启用分片复制");
		assertThat(parameters.getDbParameters().get(0).getIsModifiable()).isEqualTo("true");
	}

	@Test
	void documentedErrorsOfTheLifecycle() {
		GaussDBClient client = SdkClient.connect(port()).client();
		ClientRequestException unknownTask = catchThrowableOfType(ClientRequestException.class,
				() -> client.deleteStarRocksDataReplication(
						new DeleteStarRocksDataReplicationRequest().withInstanceId(ApiClient.INSTANCE)
							.withXLanguage("en-us")
							.withBody(new DeleteStarRocksDataReplication().withTaskName("no_such_task"))));
		assertThat(unknownTask.getHttpStatusCode()).isEqualTo(400);
		assertThat(unknownTask.getErrorCode()).isEqualTo("DBS.05000091");
		assertThat(unknownTask.getRequestId()).matches("[0-9a-f]{32}");

		ClientRequestException unknownJob = catchThrowableOfType(ClientRequestException.class,
				() -> client.showGaussMySqlJobInfo(new ShowGaussMySqlJobInfoRequest().withId("no-such-job")));
		assertThat(unknownJob.getErrorCode()).isEqualTo("DBS.200543");
		assertThat(unknownJob.getErrorMsg()).startsWith("The job does not exist.");
	}

}
