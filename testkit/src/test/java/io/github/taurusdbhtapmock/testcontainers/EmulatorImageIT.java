package io.github.taurusdbhtapmock.testcontainers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.admin.api.FaultRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The built image in {@link TaurusHtapEmulatorContainer}, called with the official SDK
 * and driven through the container's Java control plane. Runs with
 * {@code ../mvnw -B verify -Pcontainer-test} in testkit/ after
 * {@code docker build -t taurusdb-htap-mock .}; the image name comes from the
 * emulator.image property.
 */
class EmulatorImageIT {

	private static final String TOKEN = "ci-token";

	private static final TaurusHtapEmulatorContainer EMULATOR = new TaurusHtapEmulatorContainer(
			System.getProperty("emulator.image", "taurusdb-htap-mock:latest"))
		.withProperty("emulator.control-plane.token", TOKEN);

	private GaussDBClient client;

	@BeforeAll
	static void start() {
		EMULATOR.start();
	}

	@AfterAll
	static void stop() {
		EMULATOR.stop();
	}

	@BeforeEach
	void reset() {
		EMULATOR.admin().reset();
		this.client = EMULATOR.gaussDbClient();
	}

	@Test
	void createsAndReadsATask() {
		CreateStarRocksDataReplicationResponse created = this.client.createStarRocksDataReplication(
				new CreateStarRocksDataReplicationRequest().withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
					.withXLanguage("en-us")
					.withBody(new CreateStarRocksDataReplication().withSourceInstanceId(DemoTopology.TAURUS_INSTANCE_ID)
						.withSourceDatabase("src_db")
						.withTargetDatabase("tgt_container")
						.withTaskName("task_container")));
		assertThat(created.getJobId()).isNotBlank();

		ListStarRocksDataReplicationConfigResponse configuration = this.client.listStarRocksDataReplicationConfig(
				new ListStarRocksDataReplicationConfigRequest().withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
					.withXLanguage("en-us")
					.withTaskName("task_container"));
		assertThat(configuration.getTargetDatabaseName()).isEqualTo("tgt_container");
		assertThat(configuration.getDatabaseInfo().getDatabaseName()).isEqualTo("src_db");
		assertThat(EMULATOR.admin().completeJob(created.getJobId()).status()).isEqualTo("Completed");
	}

	@Test
	void answersErrorsAsTheSdkExpects() {
		ClientRequestException error = catchThrowableOfType(ClientRequestException.class,
				() -> this.client.listStarRocksDataReplicationConfig(new ListStarRocksDataReplicationConfigRequest()
					.withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
					.withXLanguage("zh-cn")
					.withTaskName("no_such_task")));
		assertThat(error.getHttpStatusCode()).isEqualTo(400);
		assertThat(error.getErrorCode()).isEqualTo("DBS.270022");
		assertThat(error.getErrorMsg()).startsWith("同步任务不存在。");
		assertThat(error.getRequestId()).matches("[0-9a-f]{32}");
	}

	@Test
	void aFaultAddedThroughTheJavaControlPlaneFailsTheSdkCall() {
		FaultRule rule = EMULATOR.admin()
			.addFault(Fault.on("ListStarRocksDataReplications").error(503, "DBS.05000000", "Injected.").times(1));

		ServerResponseException failed = catchThrowableOfType(ServerResponseException.class,
				() -> this.client.listStarRocksDataReplications(
						new ListStarRocksDataReplicationsRequest().withInstanceId(DemoTopology.STARROCKS_INSTANCE_ID)
							.withXLanguage("en-us")));

		assertThat(failed.getHttpStatusCode()).isEqualTo(503);
		assertThat(failed.getErrorCode()).isEqualTo("DBS.05000000");
		assertThat(EMULATOR.admin().fault(rule.id()).fired()).isEqualTo(1);
		assertThat(EMULATOR.admin().journal("ListStarRocksDataReplications")).hasSize(1);
	}

	/**
	 * withProperty reached the emulator: without the token, the control plane refuses.
	 */
	@Test
	void aSettingGivenToTheContainerReachesTheEmulator() throws Exception {
		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(EMULATOR.baseUrl() + "/_emulator/info")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("\"EMULATOR.0401\"");
		assertThat(EMULATOR.admin().info().authMode()).isEqualTo("lenient");
	}

	@Test
	void runsAsANonRootUser() throws Exception {
		assertThat(EMULATOR.execInContainer("id", "-u").getStdout().trim()).isNotEqualTo("0");
	}

	@Test
	void environmentVariableNamesFollowSpringBootsBinding() {
		assertThat(TaurusHtapEmulatorContainer.environmentVariable("emulator.control-plane.token"))
			.isEqualTo("EMULATOR_CONTROLPLANE_TOKEN");
		assertThat(TaurusHtapEmulatorContainer.environmentVariable("emulator.topology.projects[0].id"))
			.isEqualTo("EMULATOR_TOPOLOGY_PROJECTS_0_ID");
	}

}
