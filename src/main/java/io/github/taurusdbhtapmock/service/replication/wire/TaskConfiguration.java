package io.github.taurusdbhtapmock.service.replication.wire;

import java.util.List;

/**
 * The task configuration that ModifyDataSync and CheckTableConfig both carry, so one
 * piece of code checks it. Absent fields are null.
 */
public interface TaskConfiguration {

	String sourceInstanceId();

	String sourceNodeId();

	String sourceDatabaseName();

	String targetDatabaseName();

	String taskName();

	List<DbConfig> dbConfigs();

	List<TablesConfig> tablesConfigs();

	TableReplConfig tableReplConfig();

	String isInstanceLevelSync();

	String databaseReplScope();

	String isSupportRegExp();

}
