package io.github.taurusdbhtapmock.gateway.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTAP (StarRocks) APIs the cloud's gateway publishes: the method and path of every
 * HTAP operation of the official SDKs (huaweicloud-sdk-python-v3 3.1.211,
 * {@code huaweicloudsdkgaussdb.v3}), whether the emulator serves it or not. The gateway
 * reads a request's path against them to tell a path word from an id: a segment that is a
 * literal of a published API at that place on the path ({@code nodes} in
 * {@code .../starrocks/nodes}) is never the value of a path variable, so a request for an
 * API the emulator does not serve is not mistaken for one it does.
 */
final class PublishedApis {

	static final PublishedApis HTAP = new PublishedApis(List.of(
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication/database-config-check CheckDataBaseConfig",
			"POST /v3/{project_id}/starrocks/resource-check CheckStarRocksResource",
			"POST /v3/{project_id}/configurations/starrocks/comparison CheckStarrocksParams",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication/table-config-check CheckTableConfig",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication CreateStarRocksDataReplication",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/users CreateStarRocksDatabaseUser",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks CreateStarrocksInstance",
			"DELETE /v3/{project_id}/instances/{instance_id}/htap/process DeleteHtapProcessList",
			"DELETE /v3/{project_id}/starrocks/instances/logs/lts-configs DeleteStarRockLtsConfig",
			"DELETE /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication DeleteStarRocksDataReplication",
			"DELETE /v3/{project_id}/instances/{instance_id}/starrocks/users DeleteStarRocksDatabaseUser",
			"DELETE /v3/{project_id}/instances/{instance_id}/starrocks/{starrocks_instance_id} DeleteStarrocksInstance",
			"GET /v3/{project_id}/instances/{instance_id}/htap/template DownloadImportExcelTemplate",
			"GET /v3/{project_id}/htap/datastores/{engine_name} ListHtapDataStore",
			"GET /v3/{project_id}/htap/flavors/{engine_name} ListHtapFlavor",
			"GET /v3/{project_id}/instances/{instance_id}/htap ListHtapInstanceInfo",
			"GET /v3/{project_id}/htap/storage-type/{database} ListHtapStorageType",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/nodes ListInstanceNode",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/databases ListStarRocksDataBases",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication/configuration ListStarRocksDataReplicationConfig",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication/configuration/{database} ListStarRocksDataReplicationConfigByDataBase",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication ListStarRocksDataReplications",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication/database-parameters ListStarRocksDbParameters",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/{starrocks_instance_id} ListStarrocksInstanceInfo",
			"PUT /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication ModifyDataSync",
			"PUT /v3/{project_id}/instances/{instance_id}/starrocks/security-group ModifyStarRocksSecurityGroup",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication/pause PauseStarRocksDataReplication",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/resize-flavor ResizeStarRocksFlavor",
			"PUT /v3/{project_id}/instances/{starrocks_instance_id}/starrocks/restart RestartStarrocksInstance",
			"PUT /v3/{project_id}/instances/{starrocks_instance_id}/starrocks/{starrocks_node_id}/restart RestartStarrocksNode",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication/resume ResumeStarRocksDataReplication",
			"PUT /v3/{project_id}/instances/{instance_id}/query-queue/rules SetHtapQueryQueuesRule",
			"GET /v3/{project_id}/jobs ShowGaussMySqlJobInfo",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/error-logs ShowHtapErrorLogDetail",
			"GET /v3/{project_id}/starrocks/instances/logs/lts-configs ShowHtapLtsConfig",
			"GET /v3/{project_id}/instances/{instance_id}/htap/process ShowHtapProcessList",
			"GET /v3/{project_id}/instances/{instance_id}/query-queue/rules ShowHtapQueryQueuesRule",
			"POST /v3/{project_id}/instances/{instance_id}/htap/databases ShowInstanceDatabasesForHtap",
			"POST /v3/{project_id}/instances/{instance_id}/htap/tables ShowInstanceTablesForHtap",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/slow-logs ShowSlowLogDetail",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/users ShowStarRocksDatabaseUser",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/slowlog-sensitive ShowStarRocksSlowlogSensitiveStatus",
			"GET /v3/{project_id}/instances/{instance_id}/starrocks/configurations ShowStarrocksParams",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/users/sync SyncStarRocksUsers",
			"POST /v3/{project_id}/instances/{instance_id}/htap/query-queue/switch UpdateHtapQueryQueuesControl",
			"PUT /v3/{project_id}/instances/{instance_id}/starrocks/slowlog-sensitive UpdateSlowlogSensitiveStatus",
			"POST /v3/{project_id}/starrocks/instances/logs/lts-configs UpdateStarRockLtsConfig",
			"PUT /v3/{project_id}/instances/{instance_id}/starrocks/users/password UpdateStarRocksDatabaseUserPassword",
			"PUT /v3/{project_id}/instances/{instance_id}/starrocks/users/permission UpdateStarRocksDatabaseUserPermission",
			"PUT /v3/{project_id}/instances/{instance_id}/starrocks/configurations UpdateStarrocksParams",
			"POST /v3/{project_id}/instances/{instance_id}/starrocks/db-upgrade UpgradeSrKernelVersion",
			"POST /v3/{project_id}/instances/{instance_id}/htap/template UploadImportExcelTemplate"));

	private final List<PublishedApi> apis;

	/** The published paths by their literal words. */
	private final RouteIndex<PublishedApi> paths;

	/**
	 * @param apis "METHOD /path Operation", the path as a URI template
	 */
	PublishedApis(List<String> apis) {
		Map<PublishedApi, List<String>> byPath = new LinkedHashMap<>();
		for (String api : apis) {
			String[] parts = api.split(" ");
			PublishedApi published = new PublishedApi(parts[0], parts[1], parts[2]);
			byPath.put(published, List.of(published.path()));
		}
		this.apis = List.copyOf(byPath.keySet());
		this.paths = new RouteIndex<>(byPath);
	}

	List<PublishedApi> all() {
		return this.apis;
	}

	/**
	 * Whether the segment at {@code index} of a path is a literal segment of a published
	 * API whose path agrees with this one up to there (each earlier segment equal, or a
	 * variable there).
	 * @param segments the path's segments, decoded, without the empty one before the
	 * leading slash
	 */
	boolean isPathWord(List<String> segments, int index) {
		return this.paths.isWordAt(segments, index);
	}

	/** A path's segments: "/v3/{project_id}/jobs" is [v3, {project_id}, jobs]. */
	static List<String> segments(String path) {
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (!segment.isEmpty()) {
				segments.add(segment);
			}
		}
		return segments;
	}

	static boolean isVariable(String segment) {
		return segment.startsWith("{") && segment.endsWith("}");
	}

	/** One published API, as the SDK declares it. */
	record PublishedApi(String method, String path, String operation) {
	}

}
