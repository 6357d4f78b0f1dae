package io.github.taurusdbhtapmock.service.replication.dbconfig;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.service.replication.dbconfig.DbParameter.DataType;

/**
 * The database-level sync parameters a task accepts in {@code db_configs}. The first
 * nine, with their types, defaults and ranges, are the ones the API documents; the last
 * four come from the performance-tuning guide, which gives no range, so their ranges are
 * the emulator's choice (docs/api.md says so).
 */
@Component
public class DbParameterCatalogue {

	private static final List<DbParameter> PARAMETERS = List.of(
			new DbParameter("enable_chunk_level_dump", DataType.STRING, "false", "true|false", true),
			new DbParameter("snapshot_with_lock", DataType.STRING, "true", "true|false", true),
			new DbParameter("sync_commit_interval_ms", DataType.INTEGER, "5000", "1000-60000", true),
			new DbParameter("max_sync_commit_rows", DataType.INTEGER, "500000", "500000-2000000", true),
			new DbParameter("max_sync_commit_bytes", DataType.INTEGER, "268435456", "10485760-1610612736", true),
			new DbParameter("max_full_sync_task_threads_num", DataType.INTEGER, "1", "1-2", true),
			new DbParameter("max_rows_per_chunk", DataType.INTEGER, "0", "0-1000000", true),
			new DbParameter("max_bytes_per_chunk", DataType.INTEGER, "268435456", "33554432-1073741824", true),
			new DbParameter("binlog_expire_logs_seconds", DataType.INTEGER, "86400", "0-604800", false),
			new DbParameter("max_incremental_sync_task_threads_num", DataType.INTEGER, "2", "1-64", false),
			new DbParameter("expect_tablet_size", DataType.INTEGER, "3", "1-1024", false),
			new DbParameter("expect_tablet_num_for_one_partition", DataType.INTEGER, "2", "0-1024", false),
			new DbParameter("sync_view", DataType.STRING, "false", "true|false", false));

	private final MessageSource messages;

	public DbParameterCatalogue(MessageSource messages) {
		this.messages = messages;
	}

	public List<DbParameter> all() {
		return PARAMETERS;
	}

	/**
	 * The catalogue as ListStarRocksDbParameters reports it: descriptions in the
	 * request's language, and in the add-sub-task scenario only the per-task parameters
	 * modifiable.
	 */
	public List<DescribedParameter> describe(Locale locale, boolean subTaskScenario) {
		return PARAMETERS.stream()
			.map((parameter) -> new DescribedParameter(parameter,
					this.messages.getMessage(parameter.descriptionKey(), null, locale),
					!subTaskScenario || parameter.modifiableInSubTask()))
			.toList();
	}

	public Optional<DbParameter> find(String name) {
		return PARAMETERS.stream().filter((parameter) -> parameter.name().equals(name)).findFirst();
	}

	public record DescribedParameter(DbParameter parameter, String description, boolean modifiable) {
	}

}
