package io.github.taurusdbhtapmock.sdk;

import java.util.List;
import java.util.Map;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckStarrocksParamsRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckStarrocksParamsRequestBody;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckStarrocksParamsResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDatabaseUserRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDatabaseUserResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarRocksDatabaseUserRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarRocksDatabaseUserResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ParameterValuesInfo;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowStarRocksDatabaseUserRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowStarRocksDatabaseUserResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowStarRocksDatabaseUsersUserDetails;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowStarrocksParamsRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowStarrocksParamsResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksDatabaseUserInfo;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksDatabaseUserPSinfo;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksDatabaseUserPWinfo;
import com.huaweicloud.sdk.gaussdb.v3.model.SyncStarRocksUsersRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.UpdateParamInfo;
import com.huaweicloud.sdk.gaussdb.v3.model.UpdateStarRocksDatabaseUserPasswordRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.UpdateStarRocksDatabaseUserPasswordResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.UpdateStarRocksDatabaseUserPermissionRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.UpdateStarRocksDatabaseUserPermissionResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.UpdateStarrocksParamsRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.UpdateStarrocksParamsResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.UserSyncReq;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.SdkClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The nine database user and parameter operations through the official Java SDK 3.1.143,
 * signed with AK/SK against the demo instance. The SDK reads every scalar with a strict
 * deserializer of its declared Java type, so a reply it parses proves the JSON types.
 * SyncStarRocksUsers is the one exception: this SDK declares its success a String while
 * the Terraform provider and the newer SDKs read a JSON boolean, which the emulator sends
 * (docs/decisions.md, 36).
 */
class StarRocksUsersAndParametersSdkTest extends EmulatorTest {

	private SdkClient sdk;

	private GaussDBClient client;

	@BeforeEach
	void buildClient() {
		this.api.post("/_emulator/reset", "").assertOk();
		this.sdk = SdkClient.connect(port());
		this.client = this.sdk.client();
	}

	@Test
	void aUsersWholeLifeThroughTheSdk() {
		CreateStarRocksDatabaseUserResponse created = this.client
			.createStarRocksDatabaseUser(new CreateStarRocksDatabaseUserRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withBody(new StarRocksDatabaseUserInfo().withUserName("sdk_user")
					.withPassword("Sdk@12345678")
					.withDatabases(List.of("sys", "information_schema"))
					.withDml(3)
					.withDdl(1)));
		assertThat(created.getResult()).isEqualTo("SUCCESS");

		ShowStarRocksDatabaseUsersUserDetails user = show("sdk_user").getUserDetails().get(0);
		assertThat(user.getUserName()).isEqualTo("sdk_user");
		assertThat(user.getDataBases()).containsExactly("sys", "information_schema");
		assertThat(user.getDml()).isEqualTo(3);
		assertThat(user.getDdl()).isEqualTo(1);

		UpdateStarRocksDatabaseUserPasswordResponse password = this.client.updateStarRocksDatabaseUserPassword(
				new UpdateStarRocksDatabaseUserPasswordRequest().withInstanceId(ApiClient.INSTANCE)
					.withXLanguage("en-us")
					.withBody(new StarRocksDatabaseUserPWinfo().withUserName("sdk_user").withPassword("Sdk@87654321")));
		assertThat(password.getResult()).isEqualTo("SUCCESS");

		UpdateStarRocksDatabaseUserPermissionResponse permission = this.client.updateStarRocksDatabaseUserPermission(
				new UpdateStarRocksDatabaseUserPermissionRequest().withInstanceId(ApiClient.INSTANCE)
					.withXLanguage("en-us")
					.withBody(new StarRocksDatabaseUserPSinfo().withUserName("sdk_user")
						.withDatabases(List.of("*"))
						.withDml(0)
						.withDdl(0)));
		assertThat(permission.getResult()).isEqualTo("SUCCESS");
		ShowStarRocksDatabaseUserResponse changed = show("sdk_user");
		assertThat(changed.getTotalCount()).isEqualTo(1);
		assertThat(changed.getUserDetails().get(0).getDataBases()).containsExactly("*");
		assertThat(changed.getUserDetails().get(0).getDml()).isZero();

		DeleteStarRocksDatabaseUserResponse deleted = this.client
			.deleteStarRocksDatabaseUser(new DeleteStarRocksDatabaseUserRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withUserName("sdk_user"));
		assertThat(deleted.getResult()).isEqualTo("SUCCESS");
		assertThat(show("sdk_user").getUserDetails()).isEmpty();
		assertThat(show("sdk_user").getTotalCount()).isZero();
	}

	@Test
	void userErrorsReachTheSdkWithTheirCodes() {
		ClientRequestException weak = SdkClient.clientError(() -> this.client
			.createStarRocksDatabaseUser(new CreateStarRocksDatabaseUserRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withBody(new StarRocksDatabaseUserInfo().withUserName("weak").withPassword("weakweak"))));
		this.sdk.assertError(weak, 400, "DBS.280203", "This is a weak password.");

		ClientRequestException missing = SdkClient.clientError(() -> this.client
			.deleteStarRocksDatabaseUser(new DeleteStarRocksDatabaseUserRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withUserName("nobody")));
		this.sdk.assertError(missing, 400, "DBS.200076", "The database user does not exist.");

		ClientRequestException chinese = SdkClient.clientError(() -> this.client
			.createStarRocksDatabaseUser(new CreateStarRocksDatabaseUserRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("zh-cn")
				.withBody(new StarRocksDatabaseUserInfo().withUserName("Bad").withPassword("Sdk@12345678"))));
		this.sdk.assertError(chinese, 400, "DBS.280292", "数据库用户名非法。");
	}

	@Test
	void syncIsServedButThisSdkCannotReadItsBooleanSuccess() {
		ServerResponseException unreadable = catchThrowableOfType(ServerResponseException.class,
				() -> this.client.syncStarRocksUsers(new SyncStarRocksUsersRequest().withInstanceId(ApiClient.INSTANCE)
					.withXLanguage("en-us")
					.withBody(new UserSyncReq().withAction(UserSyncReq.ActionEnum.STARTSYNCTAURUSACCOUNT))));

		assertThat(unreadable).as("the SDK's String success refuses the JSON boolean").isNotNull();
		assertThat(unreadable.getMessage()).containsIgnoringCase("json");
		JsonNode journaled = this.api.get("/_emulator/requests?operation=SyncStarRocksUsers&limit=1")
			.assertOk()
			.json()
			.get("requests")
			.get(0);
		assertThat(journaled.get("status").asInt()).isEqualTo(200);
		assertThat(journaled.get("body").asString()).isEqualTo("{\"action\":\"startSyncTaurusAccount\"}");
	}

	@Test
	void parametersAreShownChangedAndComparedThroughTheSdk() {
		ShowStarrocksParamsResponse shown = this.client
			.showStarrocksParams(new ShowStarrocksParamsRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withNodeType("be")
				.withOffset(0)
				.withLimit(100));
		assertThat(shown.getTotalCount()).isEqualTo((long) shown.getParameterValues().size());
		assertThat(shown.getConfigurations().getDatastoreName()).isEqualTo("star-rocks");
		ParameterValuesInfo alter = shown.getParameterValues()
			.stream()
			.filter((value) -> value.getName().equals("alter_tablet_worker_count"))
			.findFirst()
			.orElseThrow();
		assertThat(alter.getValue()).isEqualTo("3");
		assertThat(alter.getRestartRequired()).isFalse();
		assertThat(alter.getReadonly()).isFalse();
		assertThat(alter.getType()).isEqualTo("integer");

		UpdateStarrocksParamsResponse updated = this.client
			.updateStarrocksParams(new UpdateStarrocksParamsRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withBody(new UpdateParamInfo().withNodeType("be")
					.withParameterValues(
							Map.of("alter_tablet_worker_count", "1", "base_compaction_num_threads_per_disk", "1"))));
		assertThat(updated.getJobId()).isNotBlank();
		assertThat(updated.getRestartRequired()).isTrue();

		CheckStarrocksParamsResponse compared = this.client
			.checkStarrocksParams(new CheckStarrocksParamsRequest().withXLanguage("en-us")
				.withBody(new CheckStarrocksParamsRequestBody().withSourceConfigurationId(backendConfigurationId())));
		assertThat(compared.getDifferences()).hasSize(2);
		assertThat(compared.getDifferences().get(0).getParameterName()).isEqualTo("alter_tablet_worker_count");
		assertThat(compared.getDifferences().get(0).getSourceValue()).isEqualTo("1");
		assertThat(compared.getDifferences().get(0).getTargetValue()).isEqualTo("3");
	}

	@Test
	void parameterErrorsReachTheSdkWithTheirCodes() {
		ClientRequestException unknown = SdkClient.clientError(() -> this.client
			.updateStarrocksParams(new UpdateStarrocksParamsRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withBody(new UpdateParamInfo().withNodeType("fe").withParameterValues(Map.of("no_such", "1")))));
		this.sdk.assertError(unknown, 400, "DBS.280270", "The parameter does not exist.");

		ClientRequestException notFound = SdkClient
			.clientError(() -> this.client.checkStarrocksParams(new CheckStarrocksParamsRequest().withXLanguage("en-us")
				.withBody(new CheckStarrocksParamsRequestBody()
					.withSourceConfigurationId("0123456789abcdef0123456789abcdefpr17"))));
		this.sdk.assertError(notFound, 400, "DBS.290013", "Resource not found.");
	}

	/**
	 * This SDK's ParameterConfigurationInfo has no configuration_id (the newer SDKs and
	 * the provider read it), so it is read from the wire.
	 */
	private String backendConfigurationId() {
		return this.api
			.get("/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE
					+ "/starrocks/configurations?node_type=be")
			.assertOk()
			.json()
			.get("configurations")
			.get("configuration_id")
			.asString();
	}

	private ShowStarRocksDatabaseUserResponse show(String userName) {
		return this.client
			.showStarRocksDatabaseUser(new ShowStarRocksDatabaseUserRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage("en-us")
				.withUserName(userName)
				.withLimit(100)
				.withOffset(0));
	}

}
