package io.github.taurusdbhtapmock.service.replication;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.service.replication.dbconfig.DbConfigCheck;
import io.github.taurusdbhtapmock.service.replication.dbconfig.DbConfigChecker;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.service.replication.wire.DbConfig;
import io.github.taurusdbhtapmock.service.replication.wire.TablesConfig;
import io.github.taurusdbhtapmock.service.replication.wire.TaskConfiguration;
import io.github.taurusdbhtapmock.service.replication.tableconfig.TableConfigCheck;
import io.github.taurusdbhtapmock.service.replication.tableconfig.TableConfigChecker;
import io.github.taurusdbhtapmock.service.topology.SourceDatabase;

/**
 * Checks the configuration part of a ModifyDataSync or CheckTableConfig body against the
 * source database and the StarRocks instance. Item-level problems become failed check
 * results; a body that cannot be checked at all (an item named twice, a whitelist naming
 * no table) is refused with DBS.280001.
 */
@Component
class TaskConfigurationChecker {

	private final DbConfigChecker dbConfigChecker;

	private final TableConfigChecker tableConfigChecker;

	TaskConfigurationChecker(DbConfigChecker dbConfigChecker, TableConfigChecker tableConfigChecker) {
		this.dbConfigChecker = dbConfigChecker;
		this.tableConfigChecker = tableConfigChecker;
	}

	TaskSettings check(TaskConfiguration request, SourceDatabase database, int beNodes, SyncOptions options) {
		List<DbConfigCheck> dbChecks = checkDbConfigList(request.dbConfigs());
		List<TableConfigCheck> tableChecks = null;
		if (request.tablesConfigs() != null) {
			requireDistinct(request.tablesConfigs(), TablesConfig::tableName, "detail.duplicate-table-config");
			tableChecks = request.tablesConfigs()
				.stream()
				.map((item) -> this.tableConfigChecker.check(item.tableName(), item.tableConfig(), database, beNodes))
				.toList();
		}
		TableSelection selection = null;
		if (request.tableReplConfig() != null) {
			selection = request.tableReplConfig().toSelection();
			checkSelection(selection, database, options);
		}
		return new TaskSettings(request.sourceNodeId(), dbChecks, tableChecks, selection, options);
	}

	/**
	 * The db_configs alone, for a check that has no source database to check tables
	 * against.
	 */
	TaskSettings checkDbConfigs(TaskConfiguration request) {
		return new TaskSettings(request.sourceNodeId(), checkDbConfigList(request.dbConfigs()), null, null,
				SyncOptions.DEFAULT);
	}

	private List<DbConfigCheck> checkDbConfigList(List<DbConfig> dbConfigs) {
		if (dbConfigs == null) {
			return null;
		}
		requireDistinct(dbConfigs, DbConfig::paramName, "detail.duplicate-db-config");
		return dbConfigs.stream().map((item) -> this.dbConfigChecker.check(item.paramName(), item.value())).toList();
	}

	private static void checkSelection(TableSelection selection, SourceDatabase database, SyncOptions options) {
		for (String table : selection.tables()) {
			if (!options.wildcardsAllowed() && (table.contains("*") || table.contains("?"))) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.wildcards-need-reg-exp", table);
			}
		}
		if (!selection.isPartialWhitelist()) {
			return;
		}
		if (selection.tables().isEmpty()) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.include-tables-empty");
		}
		for (String table : selection.tables()) {
			Pattern pattern = wildcardPattern(table);
			if (database.tableNames().stream().noneMatch((name) -> pattern.matcher(name).matches())) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.table-not-in-database", table,
						database.name());
			}
		}
	}

	private static Pattern wildcardPattern(String table) {
		StringBuilder regex = new StringBuilder();
		for (char c : table.toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}

	private static <T> void requireDistinct(List<T> items, Function<T, String> name, String detailKey) {
		Set<String> seen = new HashSet<>();
		for (T item : items) {
			if (!seen.add(name.apply(item))) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, detailKey, name.apply(item));
			}
		}
	}

}
