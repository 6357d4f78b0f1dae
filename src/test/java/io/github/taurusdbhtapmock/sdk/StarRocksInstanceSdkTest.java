package io.github.taurusdbhtapmock.sdk;

import java.util.List;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckStarRocksResourceRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckStarRocksResourceResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarrocksInstanceRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarrocksInstanceResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarrocksInstanceRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarrocksInstanceResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarrocksInstanceInfoRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ResizeStarRocksFlavorRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ResizeStarRocksFlavorResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ResourceCheck;
import com.huaweicloud.sdk.gaussdb.v3.model.ResourceCheckResource;
import com.huaweicloud.sdk.gaussdb.v3.model.RestartStarrocksInstanceRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.RestartStarrocksInstanceResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.RestartStarrocksNodeRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.RestartStarrocksNodeResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.SrFlavorResizeReq;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestBeVolume;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestEngine;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestFeVolume;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestHa;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestTagsInfo;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksCreateRequestTagsInfoSysTags;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksInstanceInfoInstances;
import com.huaweicloud.sdk.gaussdb.v3.model.UpgradeSrKernelVersionRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.UpgradeSrKernelVersionRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.UpgradeSrKernelVersionResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.SdkClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The StarRocks instance operations the Java SDK 3.1.143 has, through it: a reply the
 * SDK's strict deserializer parses proves the JSON types. Jobs complete at once here.
 */
class StarRocksInstanceSdkTest extends EmulatorTest {

	private static final String FE_XLARGE = "e04a2a02-03d3-337f-b9b0-7a20de35267b";

	private static final String BE_XLARGE = "229d48b8-953a-360d-9837-184bf53450c4";

	private static final String BE_2XLARGE = "0c8feb55-f657-3134-97b7-6dce2d619acb";

	private SdkClient sdk;

	private GaussDBClient client;

	@BeforeEach
	void buildClient() {
		this.api.post("/_emulator/reset", null).assertOk();
		this.sdk = SdkClient.connect(port());
		this.client = this.sdk.client();
	}

	private static StarRocksCreateRequest single(String name, String password) {
		return new StarRocksCreateRequest().withName(name)
			.withEngine(new StarRocksCreateRequestEngine().withType("star-rocks").withVersion("3.1.6.0"))
			.withHa(new StarRocksCreateRequestHa().withMode(StarRocksCreateRequestHa.ModeEnum.SINGLE))
			.withFeFlavorId(FE_XLARGE)
			.withBeFlavorId(BE_XLARGE)
			.withDbRootPwd(password)
			.withFeCount(1)
			.withBeCount(1)
			.withAzMode(StarRocksCreateRequest.AzModeEnum.SINGLE)
			.withFeVolume(new StarRocksCreateRequestFeVolume().withIoType("ULTRAHIGH").withCapacityInGb(50))
			.withBeVolume(new StarRocksCreateRequestBeVolume().withIoType("ULTRAHIGH").withCapacityInGb(100))
			.withAzCode("cn-north-4a")
			.withTagsInfo(
					new StarRocksCreateRequestTagsInfo().withSysTags(List.of(new StarRocksCreateRequestTagsInfoSysTags()
						.withKey(StarRocksCreateRequestTagsInfoSysTags.KeyEnum._SYS_ENTERPRISE_PROJECT_ID)
						.withValue(StarRocksCreateRequestTagsInfoSysTags.ValueEnum._0))));
	}

	private CreateStarrocksInstanceResponse create(String name) {
		return this.client
			.createStarrocksInstance(new CreateStarrocksInstanceRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withBody(single(name, "Test@123456!")));
	}

	private StarRocksInstanceInfoInstances show(String id) {
		return this.client
			.listStarrocksInstanceInfo(new ListStarrocksInstanceInfoRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withStarrocksInstanceId(id))
			.getInstances()
			.get(0);
	}

	@Test
	void createAnInstanceThenDeleteIt() {
		CreateStarrocksInstanceResponse created = create("sdk-created");

		assertThat(created.getJobId()).isNotBlank();
		assertThat(created.getInstance().getId()).matches("[0-9a-f]{32}in17");
		assertThat(created.getInstance().getPort()).isEqualTo(3306);
		assertThat(created.getInstance().getEnableSsl()).isFalse();
		assertThat(created.getInstance().getHaMode()).isEqualTo("Single");
		StarRocksInstanceInfoInstances shown = show(created.getInstance().getId());
		assertThat(shown.getStatus()).isEqualTo("normal");
		assertThat(shown.getBeNodeVolumeSize()).isEqualTo("100000000000");

		DeleteStarrocksInstanceResponse deleted = this.client
			.deleteStarrocksInstance(new DeleteStarrocksInstanceRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withStarrocksInstanceId(created.getInstance().getId()));

		assertThat(deleted.getWorkflowId()).isNotBlank();
		ClientRequestException gone = SdkClient.clientError(() -> show(created.getInstance().getId()));
		this.sdk.assertError(gone, 400, "DBS.05000044", "The StarRocks instance does not exist.");
	}

	@Test
	void aRefusedCreationIsAClientError() {
		ClientRequestException error = SdkClient.clientError(() -> this.client
			.createStarrocksInstance(new CreateStarrocksInstanceRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withBody(single("sdk-weak", "password"))));

		this.sdk.assertError(error, 400, "DBS.280203", "This is a weak password.");
	}

	@Test
	void restartTheInstanceAndANode() {
		RestartStarrocksInstanceResponse restarted = this.client.restartStarrocksInstance(
				new RestartStarrocksInstanceRequest().withStarrocksInstanceId(ApiClient.INSTANCE));
		assertThat(restarted.getWorkflowId()).isNotBlank();

		String node = show(ApiClient.INSTANCE).getGroups().get(1).getNodes().get(0).getId();
		RestartStarrocksNodeResponse nodeRestarted = this.client
			.restartStarrocksNode(new RestartStarrocksNodeRequest().withStarrocksInstanceId(ApiClient.INSTANCE)
				.withStarrocksNodeId(node));
		assertThat(nodeRestarted.getWorkflowId()).isNotBlank();
	}

	@Test
	void resizeTheBeFlavor() {
		ResizeStarRocksFlavorResponse resized = this.client
			.resizeStarRocksFlavor(new ResizeStarRocksFlavorRequest().withInstanceId(ApiClient.INSTANCE)
				.withBody(new SrFlavorResizeReq().withBeFlavorId(BE_2XLARGE)));

		assertThat(resized.getJobId()).isNotBlank();
		assertThat(show(ApiClient.INSTANCE).getGroups().get(1).getNodes().get(0).getFlavorId()).isEqualTo(BE_2XLARGE);
	}

	@Test
	void upgradeTheKernel() {
		UpgradeSrKernelVersionResponse upgraded = this.client
			.upgradeSrKernelVersion(new UpgradeSrKernelVersionRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withXLanguage("en-us")
				.withBody(new UpgradeSrKernelVersionRequestV3().withDelay("false").withIsSkipValidate("false")));

		assertThat(upgraded.getJobId()).isNotBlank();
		assertThat(show(ApiClient.INSTANCE).getDataStoreVersion()).isEqualTo("3.3.8.0");
		assertThat(show(ApiClient.INSTANCE).getNewVersionAvailable()).isFalse();
	}

	@Test
	void checkResources() {
		CheckStarRocksResourceResponse fits = this.client.checkStarRocksResource(new CheckStarRocksResourceRequest()
			.withBody(new ResourceCheck().withAction(ResourceCheck.ActionEnum.CREATEINSTANCE)
				.withResource(new ResourceCheckResource().withInstanceNum(1)
					.withMode(ResourceCheckResource.ModeEnum.CLUSTER)
					.withAvailabilityZoneMode("single")
					.withFeNodeNum(3)
					.withBeNodeNum(3)
					.withFeFlavorRef("gaussdb.sr-fe.xlarge.x86.4")
					.withBeFlavorRef("gaussdb.sr-be.xlarge.x86.4")
					.withAvailabilityZone("cn-north-4a"))));

		assertThat(fits.getResult()).isTrue();
	}

}
