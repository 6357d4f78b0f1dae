package io.github.taurusdbhtapmock.sdk;

import java.time.Instant;
import java.util.List;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.HtapInstanceListInstances;
import com.huaweicloud.sdk.gaussdb.v3.model.ListHtapInstanceInfoRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListHtapInstanceInfoResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataBasesRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataBasesResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarrocksInstanceInfoRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarrocksInstanceInfoResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksInstanceInfoGroups;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksInstanceInfoInstances;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksInstanceInfoNodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.SdkClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTAP instance read operations through the official Java SDK, against the demo
 * topology. The SDK parses every scalar with a strict deserializer for its Java type
 * (String, Integer, Long, Boolean), so a reply that parses at all proves the JSON types;
 * the assertions then check the values.
 */
class HtapInstanceSdkTest extends EmulatorTest {

	private static final String UNKNOWN_STARROCKS = ApiClient.INSTANCE.replace("aaaabbbb", "00000000");

	private static final String UNKNOWN_TAURUS = ApiClient.SOURCE_INSTANCE.replace("1111aaaa", "00000000");

	private SdkClient sdk;

	private GaussDBClient client;

	@BeforeEach
	void buildClient() {
		this.sdk = SdkClient.connect(port());
		this.client = this.sdk.client();
	}

	@Test
	void listStarRocksDataBasesFindsATasksDestinationDatabase() {
		String target = Names.unique("sdk_db");
		this.api.post(ApiClient.REPLICATION_PATH, createBody(Names.unique("task"), "src_db", target)).assertOk();
		long before = Instant.now().getEpochSecond();

		ListStarRocksDataBasesResponse filtered = this.client
			.listStarRocksDataBases(new ListStarRocksDataBasesRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withLimit("100")
				.withOffset("0")
				.withDatabaseName(target));

		assertThat(filtered.getHttpStatusCode()).isEqualTo(200);
		assertThat(filtered.getDatabases()).containsExactly(target);
		assertThat(filtered.getTotalCount()).isEqualTo(1);
		assertThat(filtered.getTimestamp().longValue()).isBetween(before, Instant.now().getEpochSecond());
	}

	@Test
	void listStarRocksDataBasesReturnsOneDatabaseByDefault() {
		ListStarRocksDataBasesResponse page = this.client.listStarRocksDataBases(
				new ListStarRocksDataBasesRequest().withInstanceId(ApiClient.INSTANCE).withXLanguage("en-us"));
		ListStarRocksDataBasesResponse all = this.client
			.listStarRocksDataBases(new ListStarRocksDataBasesRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withLimit("100"));

		assertThat(page.getDatabases()).hasSize(1);
		assertThat(all.getDatabases()).contains("INFORMATION_SCHEMA").isSorted().startsWith(page.getDatabases().get(0));
		assertThat(page.getTotalCount()).isEqualTo(all.getTotalCount()).isEqualTo(all.getDatabases().size());
	}

	@Test
	void listHtapInstanceInfoListsTheDemoStarRocksInstance() {
		ListHtapInstanceInfoResponse list = this.client
			.listHtapInstanceInfo(new ListHtapInstanceInfoRequest().withInstanceId(ApiClient.SOURCE_INSTANCE));

		assertThat(list.getTotal()).isEqualTo(1);
		assertThat(list.getMaxHtapInstanceNumOfTaurus()).isEqualTo(10);
		assertThat(list.getInstances()).hasSize(1);
		HtapInstanceListInstances instance = list.getInstances().get(0);
		assertThat(instance.getId()).isEqualTo(ApiClient.INSTANCE);
		assertThat(instance.getName()).isEqualTo("demo-starrocks");
		assertThat(instance.getEngineName()).isEqualTo("star-rocks");
		assertThat(instance.getEngineVersion()).isEqualTo("3.1.6");
		assertThat(instance.getProjectId()).isEqualTo(ApiClient.PROJECT);
		assertThat(instance.getInstanceState().getInstanceStatus()).isEqualTo("normal");
		assertThat(instance.getInstanceState().getWaitRestartForParams()).isFalse();
		assertThat(instance.getCreateAt()).isEqualTo(1_704_067_200_000L);
		assertThat(instance.getIsFrozen()).isFalse();
		assertThat(instance.getHaMode()).isEqualTo("Cluster");
		assertThat(instance.getPayModel()).isEqualTo("0");
		assertThat(instance.getPort()).isEqualTo(3306);
		assertThat(instance.getNodeNum()).isEqualTo(6);
		assertThat(instance.getDataVip()).isNotBlank();
		assertThat(instance.getAvailableZones()).singleElement()
			.satisfies((zone) -> assertThat(zone.getCode()).isEqualTo("cn-north-4a"));
		assertThat(instance.getCurrentActions()).isEmpty();
		assertThat(instance.getReadableNodeInfos()).isEmpty();
		assertThat(instance.getProxyIps()).isEmpty();
		assertThat(instance.getNetwork().getVpcId()).isNotBlank();
		assertThat(instance.getOrderId()).isNull();
	}

	@Test
	void listStarrocksInstanceInfoDescribesTheDemoInstanceAndItsNodes() {
		ListStarrocksInstanceInfoResponse info = this.client
			.listStarrocksInstanceInfo(new ListStarrocksInstanceInfoRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withStarrocksInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us"));

		assertThat(info.getInstances()).hasSize(1);
		StarRocksInstanceInfoInstances instance = info.getInstances().get(0);
		assertThat(instance.getId()).isEqualTo(ApiClient.INSTANCE);
		assertThat(instance.getName()).isEqualTo("demo-starrocks");
		assertThat(instance.getDbPort()).isEqualTo("3306");
		assertThat(instance.getIsFrozen()).isZero();
		assertThat(instance.getStatus()).isEqualTo("normal");
		assertThat(instance.getClusterMode()).isEqualTo("Cluster");
		assertThat(instance.getDataStoreType()).isEqualTo("star-rocks");
		assertThat(instance.getCreateAt()).isEqualTo(1_704_067_200_000L);
		assertThat(instance.getSupportDataReplication()).isTrue();
		assertThat(instance.getCanEnablePublicAccess()).isFalse();
		assertThat(instance.getPortInfo().getMysqlPort()).isEqualTo(3306);
		assertThat(instance.getActions()).isEmpty();
		assertThat(instance.getTagsInfo().getTags()).isEmpty();
		assertThat(instance.getGroups()).extracting(StarRocksInstanceInfoGroups::getGroupNodeType)
			.containsExactly("fe", "be");
		StarRocksInstanceInfoGroups frontends = instance.getGroups().get(0);
		StarRocksInstanceInfoGroups backends = instance.getGroups().get(1);
		assertThat(frontends.getNodes()).extracting(StarRocksInstanceInfoNodes::getType)
			.containsExactly("fe-leader", "fe-follower", "fe-follower");
		assertThat(backends.getNodes()).extracting(StarRocksInstanceInfoNodes::getType)
			.containsExactly("be", "be", "be");
		StarRocksInstanceInfoNodes node = backends.getNodes().get(0);
		assertThat(node.getDbPort()).isEqualTo(3306);
		assertThat(node.getPriority()).isEqualTo(1);
		assertThat(node.getFrozenFlag()).isZero();
		assertThat(node.getNeedRestart()).isFalse();
		assertThat(node.getStatus()).isEqualTo("normal");
		assertThat(node.getCreateAt()).isEqualTo(1_704_067_200_000L);
		assertThat(node.getVolume().getSize()).isEqualTo("50000000000");
		assertThat(node.getDatastore().getVersion()).isEqualTo("3.1.6.0");
		assertThat(instance.getDataVip().split(",")).containsExactlyElementsOf(
				frontends.getNodes().stream().map(StarRocksInstanceInfoNodes::getTrafficIp).toList());
	}

	@Test
	void anUnknownStarRocksInstanceIsTheCodeTheTerraformProviderExpects() {
		ClientRequestException error = SdkClient.clientError(() -> this.client
			.listStarrocksInstanceInfo(new ListStarrocksInstanceInfoRequest().withInstanceId(ApiClient.SOURCE_INSTANCE)
				.withStarrocksInstanceId(UNKNOWN_STARROCKS)));

		this.sdk.assertError(error, 400, "DBS.05000044", "The StarRocks instance does not exist.");
		assertThat(error.getErrorMsg()).contains(UNKNOWN_STARROCKS);
	}

	@Test
	void anUnknownTaurusInstanceIsInstanceNotFound() {
		ClientRequestException error = SdkClient.clientError(() -> this.client
			.listHtapInstanceInfo(new ListHtapInstanceInfoRequest().withInstanceId(UNKNOWN_TAURUS)));

		this.sdk.assertError(error, 400, "DBS.200022", "Instance not found.");
		assertThat(error.getErrorMsg()).contains(UNKNOWN_TAURUS);
	}

	@Test
	void aBadLimitIsAParameterError() {
		ClientRequestException error = SdkClient.clientError(() -> this.client
			.listStarRocksDataBases(new ListStarRocksDataBasesRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("zh-cn")
				.withLimit("1000")));

		this.sdk.assertError(error, 400, "DBS.280001", "参数错误。");
		assertThat(error.getErrorMsg()).contains("limit");
	}

}
