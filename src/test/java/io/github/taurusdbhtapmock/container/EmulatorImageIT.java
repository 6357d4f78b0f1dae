package io.github.taurusdbhtapmock.container;

import java.util.List;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The built image, started by Testcontainers and called with the official SDK: what
 * docs/testcontainers.md shows. Runs with {@code ./mvnw -B verify -Pcontainer-test} after
 * {@code docker build -t taurusdb-htap-mock .}; the image name comes from the
 * emulator.image property.
 */
@Testcontainers
class EmulatorImageIT {

	// tag::container[]
	@Container
	static final GenericContainer<?> EMULATOR = new GenericContainer<>(
			DockerImageName.parse(System.getProperty("emulator.image", "taurusdb-htap-mock:latest")))
		.withExposedPorts(8080)
		.waitingFor(Wait.forHealthcheck());

	// end::container[]

	private GaussDBClient client;

	@BeforeEach
	void buildClient() {
		// tag::client[]
		String endpoint = "http://" + EMULATOR.getHost() + ":" + EMULATOR.getMappedPort(8080);
		GaussDBClient client = GaussDBClient.newBuilder()
			.withCredential(new BasicCredentials().withAk("TESTAK0123456789ABCD")
				.withSk("TESTSK0123456789abcdefghijklmnopqrstuvwx")
				.withProjectId("0123456789abcdef0123456789abcdef"))
			.withEndpoints(List.of(endpoint))
			.build();
		// end::client[]
		this.client = client;
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
	}

	@Test
	void answersErrorsAsTheSdkExpects() {
		// tag::error[]
		ClientRequestException error = catchThrowableOfType(ClientRequestException.class,
				() -> this.client.listStarRocksDataReplicationConfig(new ListStarRocksDataReplicationConfigRequest()
					.withInstanceId("aaaabbbbccccddddeeeeffff00001111in17")
					.withXLanguage("zh-cn")
					.withTaskName("no_such_task")));
		assertThat(error.getHttpStatusCode()).isEqualTo(400);
		assertThat(error.getErrorCode()).isEqualTo("DBS.270022");
		assertThat(error.getErrorMsg()).startsWith("同步任务不存在。");
		// end::error[]
		assertThat(error.getRequestId()).matches("[0-9a-f]{32}");
	}

	@Test
	void runsAsANonRootUser() throws Exception {
		assertThat(EMULATOR.execInContainer("id", "-u").getStdout().trim()).isNotEqualTo("0");
	}

}
