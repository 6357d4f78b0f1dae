package io.github.taurusdbhtapmock.sdk;

import java.util.List;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckTableConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CheckTableConfigResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.DbConfig;
import com.huaweicloud.sdk.gaussdb.v3.model.DbConfigCheckResult;
import com.huaweicloud.sdk.gaussdb.v3.model.DbConfigCheckResult.CheckResultEnum;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationConfigResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncConfigRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.TableConfigCheckRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.TableConfigCheckResult;
import com.huaweicloud.sdk.gaussdb.v3.model.TableReplConfig;
import com.huaweicloud.sdk.gaussdb.v3.model.TableReplConfig.ReplScopeEnum;
import com.huaweicloud.sdk.gaussdb.v3.model.TableReplConfig.ReplTypeEnum;
import com.huaweicloud.sdk.gaussdb.v3.model.TablesConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.SdkClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.support.Names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The four documented operations driven through the official Huawei Cloud Java SDK: the
 * SDK signs with SDK-HMAC-SHA256, parses replies with strict JSON types and maps error
 * bodies to exceptions, so these tests catch wire differences that tests with a plain
 * HTTP client cannot.
 */
class OfficialSdkTest extends EmulatorTest {

	private static final String ENGLISH = "en-us";

	private static final String CHINESE = "zh-cn";

	private static final String JOB_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	/**
	 * A StarRocks instance id of the right format that the demo topology does not have.
	 */
	private static final String UNKNOWN_INSTANCE = ApiClient.INSTANCE.replace("aaaabbbb", "00000000");

	private SdkClient sdk;

	private GaussDBClient client;

	@BeforeEach
	void buildClient() {
		this.sdk = SdkClient.connect(port());
		this.client = this.sdk.client();
	}

	@Test
	void createStartsATaskWhoseConfigurationHasTheDefaults() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");

		CreateStarRocksDataReplicationResponse created = create(ApiClient.INSTANCE, task, "src_db", target, ENGLISH);

		assertThat(created.getHttpStatusCode()).isEqualTo(200);
		assertThat(created.getJobId()).matches(JOB_ID);
		ListStarRocksDataReplicationConfigResponse configuration = configuration(task);
		assertThat(configuration.getSourceInstanceId()).isEqualTo(ApiClient.SOURCE_INSTANCE);
		assertThat(configuration.getSourceNodeId()).isEqualTo(ApiClient.READ_REPLICA);
		assertThat(configuration.getDatabaseInfo().getDatabaseName()).isEqualTo("src_db");
		assertThat(configuration.getDatabaseInfo().getDbConfigCheckResults()).isEmpty();
		assertThat(configuration.getTableInfos()).isEmpty();
		assertThat(configuration.getTargetDatabaseName()).isEqualTo(target);
		assertThat(configuration.getIsTablesChange()).isFalse();
		assertThat(configuration.getTableReplConfig())
			.isEqualTo(tableReplConfig(ReplTypeEnum.EXCLUDE_TABLES, ReplScopeEnum.ALL));
		// "No pending change" is an empty object on the wire, which the SDK reads as a
		// config with no fields.
		assertThat(configuration.getNewTableReplConfig()).isEqualTo(new TableReplConfig());
	}

	@Test
	void modifyDataSyncAppliesAConfigurationThatPassesEveryCheck() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		create(ApiClient.INSTANCE, task, "src_db", target, ENGLISH);
		TableReplConfig onlyT1AndT2 = tableReplConfig(ReplTypeEnum.INCLUDE_TABLES, ReplScopeEnum.PART, "t1", "t2");

		ModifyDataSyncResponse modified = this.client
			.modifyDataSync(new ModifyDataSyncRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage(ENGLISH)
				.withBody(new ModifyDataSyncConfigRequestV3().withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
					.withSourceNodeId(ApiClient.READ_REPLICA)
					.withSourceDatabaseName("src_db")
					.withTaskName(task)
					.withTargetDatabaseName(target)
					.withDbConfigs(List.of(dbConfig("binlog_expire_logs_seconds", "86400"),
							dbConfig("sync_commit_interval_ms", "5000")))
					.withTablesConfigs(List.of(tablesConfig("t1", "order by id;replication_num=3"),
							tablesConfig("t2", "key columns id;distributed by (id) buckets 4")))
					.withTableReplConfig(onlyT1AndT2)));

		assertThat(modified.getJobId()).matches(JOB_ID);
		assertThat(modified.getTaskName()).isEqualTo(task);
		assertThat(modified.getSourceDatabaseName()).isEqualTo("src_db");
		assertThat(modified.getTargetDatabaseName()).isEqualTo(target);
		assertThat(modified.getSourceDbConfigCheckResults())
			.extracting(DbConfigCheckResult::getParamName, DbConfigCheckResult::getValue,
					DbConfigCheckResult::getCheckResult)
			.containsExactly(tuple("binlog_expire_logs_seconds", "86400", CheckResultEnum.SUCCESS),
					tuple("sync_commit_interval_ms", "5000", CheckResultEnum.SUCCESS));
		assertThat(modified.getTblConfigCheckResults())
			.extracting(TableConfigCheckResult::getTableName, TableConfigCheckResult::getTableConfig,
					TableConfigCheckResult::getCheckResult)
			.containsExactly(tuple("t1", "order by id;replication_num=3", "success"),
					tuple("t2", "key columns id;distributed by (id) buckets 4", "success"));

		ListStarRocksDataReplicationConfigResponse configuration = configuration(task);
		assertThat(configuration.getDatabaseInfo().getDbConfigCheckResults())
			.extracting(DbConfigCheckResult::getParamName, DbConfigCheckResult::getValue,
					DbConfigCheckResult::getCheckResult)
			.containsExactly(tuple("binlog_expire_logs_seconds", "86400", CheckResultEnum.SUCCESS),
					tuple("sync_commit_interval_ms", "5000", CheckResultEnum.SUCCESS));
		assertThat(configuration.getTableInfos())
			.extracting(TableConfigCheckResult::getTableName, TableConfigCheckResult::getTableConfig,
					TableConfigCheckResult::getCheckResult)
			.containsExactly(tuple("t1", "order by id;replication_num=3", "success"),
					tuple("t2", "key columns id;distributed by (id) buckets 4", "success"));
		assertThat(configuration.getTableReplConfig()).isEqualTo(onlyT1AndT2);
		assertThat(configuration.getIsTablesChange()).isTrue();
		assertThat(configuration.getNewTableReplConfig()).isEqualTo(onlyT1AndT2);
		assertThat(configuration.getTargetDatabaseName()).isEqualTo(target);
	}

	@Test
	void modifyDataSyncWithAFailingCheckChangesNothingAndStartsNoJob() {
		String task = Names.unique("task");
		create(ApiClient.INSTANCE, task, "src_db", Names.unique("tgt"), ENGLISH);

		ModifyDataSyncResponse refused = this.client.modifyDataSync(new ModifyDataSyncRequest()
			.withInstanceId(ApiClient.INSTANCE)
			.withXLanguage(ENGLISH)
			.withBody(new ModifyDataSyncConfigRequestV3().withTaskName(task)
				.withDbConfigs(List.of(dbConfig("binlog_expire_logs_seconds", "86400"), dbConfig("no_such_param", "1")))
				.withTablesConfigs(
						List.of(tablesConfig("t1", "order by id"), tablesConfig("t2", "order by no_such_column")))
				.withTableReplConfig(tableReplConfig(ReplTypeEnum.INCLUDE_TABLES, ReplScopeEnum.PART, "t1"))));

		assertThat(refused.getHttpStatusCode()).isEqualTo(200);
		assertThat(refused.getJobId()).isNull();
		assertThat(refused.getSourceDbConfigCheckResults())
			.extracting(DbConfigCheckResult::getParamName, DbConfigCheckResult::getCheckResult)
			.containsExactly(tuple("binlog_expire_logs_seconds", CheckResultEnum.SUCCESS),
					tuple("no_such_param", CheckResultEnum.FAIL));
		assertThat(refused.getTblConfigCheckResults())
			.extracting(TableConfigCheckResult::getTableName, TableConfigCheckResult::getCheckResult)
			.containsExactly(tuple("t1", "success"), tuple("t2", "failed"));

		ListStarRocksDataReplicationConfigResponse configuration = configuration(task);
		assertThat(configuration.getDatabaseInfo().getDbConfigCheckResults()).isEmpty();
		assertThat(configuration.getTableInfos()).isEmpty();
		assertThat(configuration.getTableReplConfig())
			.isEqualTo(tableReplConfig(ReplTypeEnum.EXCLUDE_TABLES, ReplScopeEnum.ALL));
		assertThat(configuration.getIsTablesChange()).isFalse();
		assertThat(configuration.getNewTableReplConfig()).isEqualTo(new TableReplConfig());
	}

	@Test
	void checkTableConfigWithIsCreateTaskRegistersATaskThatCreateStarts() {
		// The Terraform provider's flow: register the configuration with a check, then
		// start it with a create.
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		TableReplConfig onlyT1 = tableReplConfig(ReplTypeEnum.INCLUDE_TABLES, ReplScopeEnum.PART, "t1");

		CheckTableConfigResponse checked = this.client
			.checkTableConfig(new CheckTableConfigRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage(ENGLISH)
				.withBody(new TableConfigCheckRequestV3().withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
					.withSourceNodeId(ApiClient.READ_REPLICA)
					.withSourceDatabaseName("src_db")
					.withTaskName(task)
					.withTargetDatabaseName(target)
					.withDbConfigs(List.of(dbConfig("sync_commit_interval_ms", "10000")))
					.withTablesConfigs(List.of(tablesConfig("t1", "order by id")))
					.withTableReplConfig(onlyT1)
					.withIsCreateTask("true")));

		assertThat(checked.getTaskName()).isEqualTo(task);
		assertThat(checked.getSourceDatabaseName()).isEqualTo("src_db");
		assertThat(checked.getTargetDatabaseName()).isEqualTo(target);
		assertThat(checked.getTblConfigCheckResults())
			.extracting(TableConfigCheckResult::getTableName, TableConfigCheckResult::getTableConfig,
					TableConfigCheckResult::getCheckResult)
			.containsExactly(tuple("t1", "order by id", "success"));
		ListStarRocksDataReplicationConfigResponse registered = configuration(task);
		assertThat(registered.getSourceInstanceId()).isEqualTo(ApiClient.SOURCE_INSTANCE);
		assertThat(registered.getSourceNodeId()).isEqualTo(ApiClient.READ_REPLICA);
		assertThat(registered.getDatabaseInfo().getDatabaseName()).isEqualTo("src_db");
		assertThat(registered.getDatabaseInfo().getDbConfigCheckResults())
			.extracting(DbConfigCheckResult::getParamName, DbConfigCheckResult::getValue,
					DbConfigCheckResult::getCheckResult)
			.containsExactly(tuple("sync_commit_interval_ms", "10000", CheckResultEnum.SUCCESS));
		assertThat(registered.getTableInfos()).extracting(TableConfigCheckResult::getTableName).containsExactly("t1");
		assertThat(registered.getTableReplConfig()).isEqualTo(onlyT1);
		assertThat(registered.getTargetDatabaseName()).isEqualTo(target);

		CreateStarRocksDataReplicationResponse started = create(ApiClient.INSTANCE, task, "src_db", target, ENGLISH);

		assertThat(started.getJobId()).matches(JOB_ID);
		ListStarRocksDataReplicationConfigResponse running = configuration(task);
		assertThat(running.getTableReplConfig()).isEqualTo(onlyT1);
		assertThat(running.getTableInfos()).extracting(TableConfigCheckResult::getTableName).containsExactly("t1");
	}

	@Test
	void checkTableConfigWithoutIsCreateTaskOnlyChecks() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");

		CheckTableConfigResponse checked = this.client
			.checkTableConfig(new CheckTableConfigRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage(ENGLISH)
				.withBody(new TableConfigCheckRequestV3().withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
					.withSourceDatabaseName("src_db")
					.withTaskName(task)
					.withTargetDatabaseName(target)
					.withTablesConfigs(List.of(tablesConfig("t1", "order by id;replication_num=3"),
							tablesConfig("t2", "order by no_such_column"),
							tablesConfig("orders", "replication_num=4")))));

		assertThat(checked.getTaskName()).isEqualTo(task);
		assertThat(checked.getSourceDatabaseName()).isEqualTo("src_db");
		assertThat(checked.getTargetDatabaseName()).isEqualTo(target);
		assertThat(checked.getTblConfigCheckResults())
			.extracting(TableConfigCheckResult::getTableName, TableConfigCheckResult::getTableConfig,
					TableConfigCheckResult::getCheckResult)
			.containsExactly(tuple("t1", "order by id;replication_num=3", "success"),
					tuple("t2", "order by no_such_column", "failed"), tuple("orders", "replication_num=4", "failed"));
		ClientRequestException notRegistered = SdkClient.clientError(() -> configuration(task));
		assertThat(notRegistered.getErrorCode()).isEqualTo("DBS.270022");
	}

	@Test
	void unknownTaskIsAClientErrorWithTheDocumentedCode() {
		String task = Names.unique("task");

		ClientRequestException error = SdkClient.clientError(() -> configuration(task));

		this.sdk.assertError(error, 400, "DBS.270022", "The synchronization task does not exist.");
		assertThat(error.getErrorMsg()).contains(task);
	}

	@Test
	void unknownStarRocksInstanceIsAClientErrorWithTheDocumentedCode() {
		ClientRequestException error = SdkClient
			.clientError(() -> create(UNKNOWN_INSTANCE, Names.unique("task"), "src_db", Names.unique("tgt"), ENGLISH));

		this.sdk.assertError(error, 400, "DBS.200022", "Instance not found.");
		assertThat(error.getErrorMsg()).contains(UNKNOWN_INSTANCE);
	}

	@Test
	void malformedFieldIsAClientErrorWithTheDocumentedCode() {
		ClientRequestException error = SdkClient
			.clientError(() -> create(ApiClient.INSTANCE, "bad-name", "src_db", Names.unique("tgt"), ENGLISH));

		this.sdk.assertError(error, 400, "DBS.280001", "Parameter error.");
		assertThat(error.getErrorMsg()).contains("task_name: must be 3 to 128 letters, digits or underscores");
	}

	@Test
	void errorMessagesFollowXLanguage() {
		ClientRequestException error = SdkClient
			.clientError(() -> create(UNKNOWN_INSTANCE, Names.unique("task"), "src_db", Names.unique("tgt"), CHINESE));

		this.sdk.assertError(error, 400, "DBS.200022", "实例不存在");
		assertThat(error.getErrorMsg()).contains(UNKNOWN_INSTANCE);
	}

	@Test
	void creatingATaskNameTwiceIsAConflict() {
		String task = Names.unique("task");
		create(ApiClient.INSTANCE, task, "src_db", Names.unique("tgt"), ENGLISH);

		ClientRequestException error = SdkClient
			.clientError(() -> create(ApiClient.INSTANCE, task, "sales", Names.unique("tgt"), ENGLISH));

		this.sdk.assertError(error, 409, "DBS.280406", "Operation not allowed by the DB instance type or status.");
		assertThat(error.getErrorMsg()).contains(task, "already exists");
	}

	private CreateStarRocksDataReplicationResponse create(String instanceId, String task, String sourceDatabase,
			String targetDatabase, String language) {
		return this.client
			.createStarRocksDataReplication(new CreateStarRocksDataReplicationRequest().withInstanceId(instanceId)
				.withXLanguage(language)
				.withBody(new CreateStarRocksDataReplication().withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
					.withSourceNodeId(ApiClient.READ_REPLICA)
					.withSourceDatabase(sourceDatabase)
					.withTargetDatabase(targetDatabase)
					.withTaskName(task)));
	}

	private ListStarRocksDataReplicationConfigResponse configuration(String task) {
		return this.client.listStarRocksDataReplicationConfig(
				new ListStarRocksDataReplicationConfigRequest().withInstanceId(ApiClient.INSTANCE)
					.withXLanguage(ENGLISH)
					.withTaskName(task));
	}

	private static DbConfig dbConfig(String name, String value) {
		return new DbConfig().withParamName(name).withValue(value);
	}

	private static TablesConfig tablesConfig(String table, String config) {
		return new TablesConfig().withTableName(table).withTableConfig(config);
	}

	private static TableReplConfig tableReplConfig(ReplTypeEnum type, ReplScopeEnum scope, String... tables) {
		return new TableReplConfig().withReplType(type).withReplScope(scope).withTables(List.of(tables));
	}

}
