package io.github.taurusdbhtapmock.service.parameter;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.service.parameter.StarRocksParameter.Kind;

/**
 * The parameters of the default template, per node type: real StarRocks 3.1 frontend and
 * backend configuration items with their types, defaults and ranges (docs/api.md,
 * "Database users and parameters"). Items StarRocks cannot change at run time need a
 * restart; ports, directories and the like are read-only. Where the cloud's template
 * departs from StarRocks' own default it is said next to the item (docs/decisions.md,
 * 37).
 */
@Component
class ParameterCatalogue {

	private static final List<StarRocksParameter> FE = List.of(
			integer(NodeType.FE, "qe_slow_log_ms", "5000", 1, 3_600_000, false,
					"Queries running longer than this many milliseconds are written to the slow query log."),
			integer(NodeType.FE, "qe_max_connection", "4096", 1, 65_535, true,
					"The most connections all users together may open to one frontend."),
			integer(NodeType.FE, "alter_table_timeout_second", "86400", 60, 2_592_000, false,
					"Timeout of a schema change, in seconds."),
			integer(NodeType.FE, "bdbje_heartbeat_timeout_second", "30", 5, 300, true,
					"Timeout of the heartbeats between the leader and follower frontends, in seconds."),
			integer(NodeType.FE, "max_routine_load_task_num_per_be", "16", 1, 1024, false,
					"The most Routine Load tasks one backend runs at a time."),
			integer(NodeType.FE, "tablet_create_timeout_second", "10", 1, 3600, false,
					"Timeout of creating a tablet, in seconds."),
			integer(NodeType.FE, "max_running_txn_num_per_db", "1000", 1, 100_000, false,
					"The most load transactions one database runs at a time."),
			integer(NodeType.FE, "max_load_timeout_second", "259200", 1, 2_592_000, false,
					"The longest timeout a load job may ask for, in seconds."),
			integer(NodeType.FE, "stream_load_default_timeout_second", "600", 1, 259_200, false,
					"Default timeout of a Stream Load job, in seconds."),
			integer(NodeType.FE, "catalog_trash_expire_second", "86400", 0, 2_592_000, false,
					"How long a dropped database, table or partition stays recoverable, in seconds."),
			integer(NodeType.FE, "dynamic_partition_check_interval_seconds", "600", 1, 86_400, false,
					"How often new dynamic partitions are checked for, in seconds."),
			integer(NodeType.FE, "max_partitions_in_one_batch", "4096", 1, 100_000, false,
					"The most partitions one bulk partition creation makes."),
			integer(NodeType.FE, "expr_children_limit", "10000", 1, 1_000_000, false,
					"The most child expressions one expression may have."),
			integer(NodeType.FE, "audit_log_roll_num", "90", 1, 1000, true, "How many audit log files are kept."),
			integer(NodeType.FE, "edit_log_roll_num", "50000", 1000, 1_000_000, false,
					"How many metadata log entries are written before a new log file is started."),
			integer(NodeType.FE, "max_broker_load_job_concurrency", "5", 1, 100, false,
					"The most Broker Load jobs that run at a time."),
			integer(NodeType.FE, "max_query_retry_time", "2", 0, 100, false,
					"How many times a query is retried on a frontend."),
			bool(NodeType.FE, "enable_statistic_collect", "true", false,
					"Whether statistics are collected automatically for the cost-based optimizer."),
			bool(NodeType.FE, "dynamic_partition_enable", "true", false, "Whether dynamic partitioning is enabled."),
			bool(NodeType.FE, "enable_materialized_view", "true", false, "Whether materialized views can be created."),
			bool(NodeType.FE, "enable_udf", "false", true, "Whether user-defined functions are enabled."),
			decimal(NodeType.FE, "statistic_auto_collect_ratio", "0.8", "0", "1", false,
					"The health below which a table's statistics are collected again."),
			list(NodeType.FE, "sys_log_level", "INFO", List.of("INFO", "WARN", "ERROR", "FATAL"), true,
					"The level of the frontend's system log."),
			readonly(NodeType.FE, "meta_dir", Kind.TEXT, "/srv/BigData/starrocks/fe/meta",
					"The directory of the frontend's metadata."),
			readonly(NodeType.FE, "http_port", Kind.INTEGER, "8030", "The HTTP port of the frontend."),
			readonly(NodeType.FE, "query_port", Kind.INTEGER, "9030", "The MySQL protocol port of the frontend."),
			readonly(NodeType.FE, "rpc_port", Kind.INTEGER, "9020", "The Thrift port of the frontend."));

	private static final List<StarRocksParameter> BE = List.of(
			integer(NodeType.BE, "alter_tablet_worker_count", "3", 1, 1024, false,
					"The number of threads used for schema changes."),
			integer(NodeType.BE, "base_compaction_num_threads_per_disk", "2", 1, 64, true,
					"The number of base compaction threads per storage volume."),
			integer(NodeType.BE, "cumulative_compaction_num_threads_per_disk", "1", 1, 64, true,
					"The number of cumulative compaction threads per storage volume."),
			integer(NodeType.BE, "update_compaction_num_threads_per_disk", "1", 1, 64, true,
					"The number of compaction threads per storage volume for primary key tables."),
			integer(NodeType.BE, "max_compaction_concurrency", "-1", -1, 10_000, false,
					"The most compaction tasks that run at a time; -1 means no limit."),
			integer(NodeType.BE, "push_worker_count_normal_priority", "3", 1, 1024, true,
					"The number of threads for load tasks of normal priority."),
			integer(NodeType.BE, "push_worker_count_high_priority", "3", 1, 1024, true,
					"The number of threads for load tasks of high priority."),
			integer(NodeType.BE, "create_tablet_worker_count", "3", 1, 1024, false,
					"The number of threads that create tablets."),
			integer(NodeType.BE, "drop_tablet_worker_count", "3", 1, 1024, false,
					"The number of threads that drop tablets."),
			integer(NodeType.BE, "clone_worker_count", "3", 1, 1024, true, "The number of threads that clone tablets."),
			integer(NodeType.BE, "storage_flood_stage_usage_percent", "95", 1, 100, false,
					"Loads are refused once a storage volume is this full, in percent."),
			integer(NodeType.BE, "tablet_max_versions", "1000", 1, 100_000, false,
					"The most versions a tablet may have before new writes are refused."),
			integer(NodeType.BE, "write_buffer_size", "104857600", 1_048_576, 1_073_741_824, false,
					"The size of a MemTable in memory before it is flushed, in bytes."),
			integer(NodeType.BE, "pipeline_exec_thread_pool_thread_num", "0", 0, 1024, true,
					"The number of pipeline execution threads; 0 means the number of CPU cores."),
			integer(NodeType.BE, "load_process_max_memory_limit_percent", "30", 1, 100, true,
					"The share of the backend's memory that loads may use, in percent."),
			integer(NodeType.BE, "streaming_load_max_mb", "102400", 1, 1_048_576, false,
					"The largest file one Stream Load may load, in MB."),
			integer(NodeType.BE, "trash_file_expire_time_sec", "259200", 0, 2_592_000, false,
					"How long files stay in the trash directory, in seconds."),
			integer(NodeType.BE, "compaction_trace_threshold", "60", 1, 86_400, false,
					"Compactions longer than this many seconds are traced in the log."),
			bool(NodeType.BE, "disable_storage_page_cache", "false", false,
					"Whether the page cache of the storage engine is disabled."),
			bool(NodeType.BE, "enable_new_load_on_memory_limit_exceeded", "false", false,
					"Whether new loads are accepted when the memory limit of loads is reached."),
			percentage(NodeType.BE, "mem_limit", "90%", true, "The share of the node's memory the backend may use."),
			percentage(NodeType.BE, "storage_page_cache_limit", "20%", false,
					"The share of the backend's memory the page cache may use."),
			list(NodeType.BE, "sys_log_level", "INFO", List.of("INFO", "WARNING", "ERROR", "FATAL"), true,
					"The level of the backend's system log."),
			readonly(NodeType.BE, "storage_root_path", Kind.TEXT, "/srv/BigData/starrocks/storage",
					"The directories of the backend's data."),
			readonly(NodeType.BE, "be_port", Kind.INTEGER, "9060", "The Thrift port of the backend."),
			readonly(NodeType.BE, "be_http_port", Kind.INTEGER, "8040", "The HTTP port of the backend."),
			readonly(NodeType.BE, "heartbeat_service_port", Kind.INTEGER, "9050",
					"The port on which the backend receives heartbeats."),
			readonly(NodeType.BE, "brpc_port", Kind.INTEGER, "8060", "The bRPC port of the backend."));

	private final Map<NodeType, List<StarRocksParameter>> byNodeType = new EnumMap<>(NodeType.class);

	private final Map<NodeType, Map<String, StarRocksParameter>> byName = new EnumMap<>(NodeType.class);

	ParameterCatalogue() {
		this.byNodeType.put(NodeType.FE, sorted(FE));
		this.byNodeType.put(NodeType.BE, sorted(BE));
		this.byNodeType.forEach((type, parameters) -> this.byName.put(type, parameters.stream()
			.collect(Collectors.toUnmodifiableMap(StarRocksParameter::name, (parameter) -> parameter))));
	}

	/** A node type's parameters, in name order. */
	List<StarRocksParameter> parameters(NodeType nodeType) {
		return this.byNodeType.get(nodeType);
	}

	Optional<StarRocksParameter> find(NodeType nodeType, String name) {
		return Optional.ofNullable(this.byName.get(nodeType).get(name));
	}

	private static List<StarRocksParameter> sorted(List<StarRocksParameter> parameters) {
		return parameters.stream().sorted(Comparator.comparing(StarRocksParameter::name)).toList();
	}

	private static StarRocksParameter integer(NodeType type, String name, String defaultValue, long min, long max,
			boolean restart, String description) {
		return new StarRocksParameter(name, type, Kind.INTEGER, defaultValue, BigDecimal.valueOf(min),
				BigDecimal.valueOf(max), List.of(), restart, false, description);
	}

	private static StarRocksParameter decimal(NodeType type, String name, String defaultValue, String min, String max,
			boolean restart, String description) {
		return new StarRocksParameter(name, type, Kind.FLOAT, defaultValue, new BigDecimal(min), new BigDecimal(max),
				List.of(), restart, false, description);
	}

	private static StarRocksParameter bool(NodeType type, String name, String defaultValue, boolean restart,
			String description) {
		return new StarRocksParameter(name, type, Kind.BOOLEAN, defaultValue, null, null, List.of(), restart, false,
				description);
	}

	private static StarRocksParameter list(NodeType type, String name, String defaultValue, List<String> choices,
			boolean restart, String description) {
		return new StarRocksParameter(name, type, Kind.LIST, defaultValue, null, null, choices, restart, false,
				description);
	}

	private static StarRocksParameter percentage(NodeType type, String name, String defaultValue, boolean restart,
			String description) {
		return new StarRocksParameter(name, type, Kind.PERCENTAGE, defaultValue, null, null, List.of(), restart, false,
				description);
	}

	/** Fixed by the service: shown, never changed, so no range and no restart. */
	private static StarRocksParameter readonly(NodeType type, String name, Kind kind, String value,
			String description) {
		BigDecimal fixed = (kind == Kind.INTEGER) ? new BigDecimal(value) : null;
		return new StarRocksParameter(name, type, kind, value, fixed, fixed, List.of(), true, true, description);
	}

}
