package io.github.taurusdbhtapmock.service.htapinstance.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.catalogue.StorageType;
import io.github.taurusdbhtapmock.service.htapinstance.CloudDefaults;
import io.github.taurusdbhtapmock.service.htapinstance.StarRocksCluster;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.StarRocksSpec;

/**
 * The instance of ListStarrocksInstanceInfo (StarRocksInstanceInfoInstances of the SDK).
 * Mind the JSON types, which differ from ListHtapInstanceInfo: db_port is the string
 * "3306" here (each node's is a number), is_frozen the number 0. Fields the examples show
 * as null (backup settings, frozen_time, delete_at, db_user) are left out.
 * users_sync_switch_on is read by SDK 3.1.212 and later, and shown in the API Explorer
 * example.
 */
public record StarRocksInstanceInfo(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("project_id") String projectId, @JsonProperty("public_ip") String publicIp,
		@JsonProperty("data_vip") String dataVip,
		@JsonProperty("can_enable_public_access") boolean canEnablePublicAccess,
		@JsonProperty("current_backup_node_id") String currentBackupNodeId,
		@JsonProperty("cluster_mode") String clusterMode, @JsonProperty("status") String status,
		@JsonProperty("is_frozen") int isFrozen, @JsonProperty("frozen_time") Long frozenTime,
		@JsonProperty("db_user") String dbUser, @JsonProperty("bak_period") String bakPeriod,
		@JsonProperty("bak_keep_day") Integer bakKeepDay,
		@JsonProperty("bak_expected_start_time") Long bakExpectedStartTime,
		@JsonProperty("data_store_version_id") String dataStoreVersionId,
		@JsonProperty("data_store_version") String dataStoreVersion,
		@JsonProperty("data_store_type") String dataStoreType, @JsonProperty("create_at") long createAt,
		@JsonProperty("update_at") long updateAt, @JsonProperty("delete_at") Long deleteAt,
		@JsonProperty("db_port") String dbPort, @JsonProperty("param_group") String paramGroup,
		@JsonProperty("actions") List<QueryAction> actions,
		@JsonProperty("create_fail_error_code") String createFailErrorCode,
		@JsonProperty("groups") List<StarRocksNodeGroup> groups, @JsonProperty("ops_window") OpsWindow opsWindow,
		@JsonProperty("tags_info") TagsInfo tagsInfo, @JsonProperty("time_zone") String timeZone,
		@JsonProperty("backup_used_space") String backupUsedSpace, @JsonProperty("az_mode") String azMode,
		@JsonProperty("enterprise_project_id") String enterpriseProjectId, @JsonProperty("port_info") PortInfo portInfo,
		@JsonProperty("fe_node_volume_code") String feNodeVolumeCode,
		@JsonProperty("be_node_volume_code") String beNodeVolumeCode,
		@JsonProperty("fe_node_volume_size") String feNodeVolumeSize,
		@JsonProperty("be_node_volume_size") String beNodeVolumeSize,
		@JsonProperty("support_data_replication") boolean supportDataReplication,
		@JsonProperty("new_version_available") boolean newVersionAvailable,
		@JsonProperty("ssl_option") boolean sslOption,
		@JsonProperty("dedicated_resource_id") String dedicatedResourceId, @JsonProperty("pay_model") String payModel,
		@JsonProperty("users_sync_switch_on") boolean usersSyncSwitchOn) {

	/** What create_fail_error_code says of a failed creation: the example's value. */
	static final String CREATE_FAIL_ERROR_CODE = "500000";

	static StarRocksInstanceInfo from(StarRocksCluster cluster) {
		StarRocksInstance instance = cluster.instance();
		StarRocksSpec spec = instance.spec();
		String dbPort = String.valueOf(CloudDefaults.DB_PORT);
		return new StarRocksInstanceInfo(instance.id(), instance.name(), instance.projectId(), "",
				cluster.frontendIps(), false, null, cluster.mode(), instance.status(), 0, null, null, null, null, null,
				cluster.datastoreVersionId(), spec.version(), CloudDefaults.ENGINE_NAME, spec.createdAtMillis(),
				spec.createdAtMillis(), null, dbPort, null,
				QueryAction.of(cluster.instanceAction(), instance.id(), "instance"),
				spec.createFailed() ? CREATE_FAIL_ERROR_CODE : null, StarRocksNodeGroup.of(cluster), OpsWindow.DEFAULT,
				TagsInfo.of(spec.enterpriseProjectId()), spec.timeZone(), null, spec.azMode(),
				spec.enterpriseProjectId(), new PortInfo(CloudDefaults.DB_PORT),
				StorageType.volumeCode(spec.feVolume().type()), StorageType.volumeCode(spec.beVolume().type()),
				CloudDefaults.volumeBytes(spec.feVolume()), CloudDefaults.volumeBytes(spec.beVolume()), true,
				cluster.newVersionAvailable(), false, null, CloudDefaults.PAY_MODEL, false);
	}

	/** The maintenance window; the example's 18:00 to 22:00, every day (no period). */
	public record OpsWindow(@JsonProperty("period") String period, @JsonProperty("start_time") String startTime,
			@JsonProperty("end_time") String endTime) {

		static final OpsWindow DEFAULT = new OpsWindow(null, "18:00", "22:00");

	}

	/** No user tags; the system tag of the enterprise project, as in the example. */
	public record TagsInfo(@JsonProperty("tags") List<Tag> tags, @JsonProperty("sys_tags") List<Tag> sysTags) {

		static TagsInfo of(String enterpriseProjectId) {
			return new TagsInfo(List.of(), List.of(new Tag("_sys_enterprise_project_id", enterpriseProjectId)));
		}

	}

	public record Tag(@JsonProperty("key") String key, @JsonProperty("value") String value) {
	}

	public record PortInfo(@JsonProperty("mysql_port") int mysqlPort) {
	}

}
