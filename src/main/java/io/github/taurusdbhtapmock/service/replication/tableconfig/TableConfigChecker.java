package io.github.taurusdbhtapmock.service.replication.tableconfig;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.service.replication.tableconfig.TableConfigClause.Kind;
import io.github.taurusdbhtapmock.service.topology.SourceDatabase;
import io.github.taurusdbhtapmock.service.topology.SourceTable;

/**
 * Checks a table's configuration: the table must exist in the source database, the syntax
 * must parse, each operation may appear once, every named column must be a column of the
 * source table, and {@code replication_num} may not exceed the StarRocks instance's BE
 * nodes.
 */
@Component
public class TableConfigChecker {

	private static final Logger log = LoggerFactory.getLogger(TableConfigChecker.class);

	public TableConfigCheck check(String tableName, String tableConfig, SourceDatabase database, int beNodes) {
		try {
			SourceTable table = database.table(tableName)
				.orElseThrow(() -> new InvalidTableConfigException(
						"table '" + tableName + "' does not exist in source database '" + database.name() + "'"));
			checkSemantics(TableConfigGrammar.parse(tableConfig), table, beNodes);
			return new TableConfigCheck(tableName, tableConfig, true, null);
		}
		catch (InvalidTableConfigException ex) {
			log.info("table_config check failed for table '{}': {}", tableName, ex.getMessage());
			return new TableConfigCheck(tableName, tableConfig, false, ex.getMessage());
		}
	}

	private static void checkSemantics(List<TableConfigClause> clauses, SourceTable table, int beNodes)
			throws InvalidTableConfigException {
		Set<Kind> seen = EnumSet.noneOf(Kind.class);
		for (TableConfigClause clause : clauses) {
			for (Kind kind : clause.settings()) {
				if (!seen.add(kind)) {
					throw new InvalidTableConfigException("'" + kind.keyword() + "' is given more than once");
				}
			}
			for (String column : clause.columns()) {
				if (!table.hasColumn(column)) {
					throw new InvalidTableConfigException("column '" + column + "' of '" + clause.kind().keyword()
							+ "' is not a column of table '" + table.name() + "' " + table.columns());
				}
			}
			if (clause.kind() == Kind.REPLICATION_NUM && clause.number() > beNodes) {
				throw new InvalidTableConfigException(
						"replication_num=" + clause.number() + " exceeds the instance's " + beNodes + " BE nodes");
			}
		}
	}

}
