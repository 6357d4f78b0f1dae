package io.github.taurusdbhtapmock.sdk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDatabaseUserRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarrocksInstanceRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarrocksInstanceResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarRocksDatabaseUserRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarrocksInstanceRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarrocksInstanceResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarrocksInstanceInfoRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowGaussMySqlJobInfoRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowStarRocksDatabaseUserRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowStarrocksParamsRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestBeVolume;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestEngine;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestFeVolume;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestHa;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksDatabaseUserInfo;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksInstanceInfoInstances;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksReplicationInfo;
import com.huaweicloud.sdk.gaussdb.v3.model.UpdateParamInfo;
import com.huaweicloud.sdk.gaussdb.v3.model.UpdateStarrocksParamsRequest;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import io.github.taurusdbhtapmock.support.SdkClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A whole HTAP setup through the official SDK, as a user's code builds and tears it down:
 * a StarRocks instance is created and waited for, a database user is created, a parameter
 * is changed, a replication task runs on the new instance, and then everything is
 * deleted. Jobs take their default time on a manual clock; every poll moves it by one
 * second, as a client polling every second would see it.
 */
class HtapEndToEndSdkTest extends ManualClockEmulatorTest {

	private static final int MAX_POLLS = 60;

	private static final String LANGUAGE = "en-us";

	private static final String FE_XLARGE = "e04a2a02-03d3-337f-b9b0-7a20de35267b";

	private static final String BE_XLARGE = "229d48b8-953a-360d-9837-184bf53450c4";

	@Test
	void createWaitUseAndDeleteAStarRocksInstance() {
		GaussDBClient client = SdkClient.connect(port()).client();

		CreateStarrocksInstanceResponse created = client
			.createStarrocksInstance(new CreateStarrocksInstanceRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withXLanguage(LANGUAGE)
				.withBody(new StarRocksCreateRequest().withName("e2e-starrocks")
					.withEngine(new StarRocksCreateRequestEngine().withType("star-rocks").withVersion("3.1.6.0"))
					.withHa(new StarRocksCreateRequestHa().withMode(StarRocksCreateRequestHa.ModeEnum.SINGLE))
					.withFeFlavorId(FE_XLARGE)
					.withBeFlavorId(BE_XLARGE)
					.withDbRootPwd("E2e@12345678")
					.withFeCount(1)
					.withBeCount(1)
					.withAzMode(StarRocksCreateRequest.AzModeEnum.SINGLE)
					.withFeVolume(new StarRocksCreateRequestFeVolume().withIoType("ULTRAHIGH").withCapacityInGb(50))
					.withBeVolume(new StarRocksCreateRequestBeVolume().withIoType("ULTRAHIGH").withCapacityInGb(100))
					.withAzCode("cn-north-4a")));
		String instance = created.getInstance().getId();
		assertThat(show(client, instance).getStatus()).isEqualTo("creating");
		awaitJob(client, created.getJobId());
		StarRocksInstanceInfoInstances ready = show(client, instance);
		assertThat(ready.getStatus()).isEqualTo("normal");
		assertThat(ready.getActions()).isNullOrEmpty();

		client.createStarRocksDatabaseUser(new CreateStarRocksDatabaseUserRequest().withInstanceId(instance)
			.withXLanguage(LANGUAGE)
			.withBody(new StarRocksDatabaseUserInfo().withUserName("e2e_user")
				.withPassword("E2e@user12345")
				.withDatabases(List.of("tgt_e2e"))
				.withDml(1)
				.withDdl(1)));
		assertThat(client
			.showStarRocksDatabaseUser(new ShowStarRocksDatabaseUserRequest().withInstanceId(instance)
				.withXLanguage(LANGUAGE)
				.withLimit(100)
				.withOffset(0))
			.getUserDetails()).extracting("userName").containsExactly("e2e_user");

		String parameterJob = client
			.updateStarrocksParams(
					new UpdateStarrocksParamsRequest().withInstanceId(instance)
						.withXLanguage(LANGUAGE)
						.withBody(new UpdateParamInfo().withNodeType("fe")
							.withParameterValues(Map.of("qe_slow_log_ms", "3000"))))
			.getJobId();
		awaitJob(client, parameterJob);
		assertThat(client
			.showStarrocksParams(new ShowStarrocksParamsRequest().withInstanceId(instance)
				.withXLanguage(LANGUAGE)
				.withNodeType("fe")
				.withOffset(0)
				.withLimit(100))
			.getParameterValues()).filteredOn((value) -> value.getName().equals("qe_slow_log_ms"))
			.extracting("value")
			.containsExactly("3000");

		String replicationJob = client
			.createStarRocksDataReplication(new CreateStarRocksDataReplicationRequest().withInstanceId(instance)
				.withXLanguage(LANGUAGE)
				.withBody(new CreateStarRocksDataReplication().withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
					.withSourceDatabase("src_db")
					.withTargetDatabase("tgt_e2e")
					.withTaskName("task_e2e")))
			.getJobId();
		awaitJob(client, replicationJob);
		waitUntil("the task synchronizes incrementally", () -> tasks(client, instance).stream()
			.anyMatch((task) -> task.getStage() != null && "Incremental".equals(task.getStage().getValue())));

		// the instance cannot go while a task replicates into it
		ClientRequestException inUse = SdkClient.clientError(() -> deleteInstance(client, instance));
		assertThat(inUse.getErrorCode()).isEqualTo("DBS.201014");

		String taskDeletion = client
			.deleteStarRocksDataReplication(new DeleteStarRocksDataReplicationRequest().withInstanceId(instance)
				.withXLanguage(LANGUAGE)
				.withBody(new DeleteStarRocksDataReplication().withTaskName("task_e2e")))
			.getJobId();
		awaitJob(client, taskDeletion);
		waitUntil("the task is gone", () -> tasks(client, instance).isEmpty());
		client.deleteStarRocksDatabaseUser(new DeleteStarRocksDatabaseUserRequest().withInstanceId(instance)
			.withXLanguage(LANGUAGE)
			.withUserName("e2e_user"));

		DeleteStarrocksInstanceResponse deleted = deleteInstance(client, instance);
		assertThat(show(client, instance).getStatus()).isEqualTo("deleting");
		awaitJob(client, deleted.getWorkflowId());
		ClientRequestException gone = SdkClient.clientError(() -> show(client, instance));
		assertThat(gone.getErrorCode()).isEqualTo("DBS.05000044");
		ClientRequestException usersGone = SdkClient.clientError(
				() -> client.showStarRocksDatabaseUser(new ShowStarRocksDatabaseUserRequest().withInstanceId(instance)
					.withXLanguage(LANGUAGE)
					.withLimit(100)
					.withOffset(0)));
		assertThat(usersGone.getErrorCode()).isEqualTo("DBS.200022");
	}

	private static StarRocksInstanceInfoInstances show(GaussDBClient client, String instance) {
		return client
			.listStarrocksInstanceInfo(new ListStarrocksInstanceInfoRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withStarrocksInstanceId(instance)
				.withXLanguage(LANGUAGE))
			.getInstances()
			.get(0);
	}

	private static DeleteStarrocksInstanceResponse deleteInstance(GaussDBClient client, String instance) {
		return client
			.deleteStarrocksInstance(new DeleteStarrocksInstanceRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withStarrocksInstanceId(instance)
				.withXLanguage(LANGUAGE));
	}

	private static List<StarRocksReplicationInfo> tasks(GaussDBClient client, String instance) {
		List<StarRocksReplicationInfo> tasks = client
			.listStarRocksDataReplications(new ListStarRocksDataReplicationsRequest().withInstanceId(instance)
				.withXLanguage(LANGUAGE)
				.withLimit("100")
				.withOffset("0"))
			.getReplications();
		return (tasks != null) ? tasks : List.of();
	}

	/** Polls the job as the provider does, until it has completed. */
	private void awaitJob(GaussDBClient client, String jobId) {
		assertThat(jobId).isNotBlank();
		waitUntil("job " + jobId + " completes", () -> {
			String status = client.showGaussMySqlJobInfo(new ShowGaussMySqlJobInfoRequest().withId(jobId))
				.getJob()
				.getStatus()
				.getValue();
			assertThat(status).isIn("Running", "Completed");
			return status.equals("Completed");
		});
	}

	private void waitUntil(String what, BooleanSupplier condition) {
		for (int poll = 0; poll < MAX_POLLS; poll++) {
			if (condition.getAsBoolean()) {
				return;
			}
			advance(Duration.ofSeconds(1));
		}
		fail("never: " + what);
	}

}
