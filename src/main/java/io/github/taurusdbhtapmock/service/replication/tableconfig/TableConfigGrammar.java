package io.github.taurusdbhtapmock.service.replication.tableconfig;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.taurusdbhtapmock.service.replication.tableconfig.TableConfigClause.Kind;

/**
 * Parses the documented table_config syntax: operations separated by {@code ;}, each one
 * of {@code order by}, {@code key columns}, {@code distributed by (...) [buckets N]},
 * {@code partition by}, {@code data_model=primary|duplicate|unique key}, {@code buckets},
 * {@code replication_num=N} and {@code enable_persistent_index=true|false}. Keywords are
 * case-insensitive; column lists may be bare or in parentheses.
 */
final class TableConfigGrammar {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

	private static final Pattern ORDER_BY = Pattern.compile("order\\s+by\\s+(.+)", FLAGS);

	private static final Pattern KEY_COLUMNS = Pattern.compile("key\\s+columns\\s+(.+)", FLAGS);

	private static final Pattern DISTRIBUTED_BY = Pattern
		.compile("distributed\\s+by\\s+(\\(.*\\)|.+?)(?:\\s+buckets\\s+(\\S+))?", FLAGS);

	private static final Pattern PARTITION_BY = Pattern.compile("partition\\s+by\\s+(.+)", FLAGS);

	private static final Pattern DATE_TRUNC = Pattern
		.compile("date_trunc\\s*\\(\\s*'(minute|hour|day|week|month|quarter|year)'\\s*,\\s*([^\\s,()]+)\\s*\\)", FLAGS);

	private static final Pattern TIME_SLICE = Pattern.compile(
			"time_slice\\s*\\(\\s*([^\\s,()]+)\\s*,\\s*interval\\s+([0-9]{1,9})\\s+(second|minute|hour|day|week|month|quarter|year)\\s*\\)",
			FLAGS);

	private static final Pattern DATA_MODEL = Pattern.compile("data_model\\s*=\\s*(primary|duplicate|unique)\\s+key",
			FLAGS);

	private static final Pattern BUCKETS = Pattern.compile("buckets\\s*(?:=\\s*|\\s+)(\\S+)", FLAGS);

	private static final Pattern REPLICATION_NUM = Pattern.compile("replication_num\\s*=\\s*(\\S+)", FLAGS);

	private static final Pattern PERSISTENT_INDEX = Pattern.compile("enable_persistent_index\\s*=\\s*(true|false)",
			FLAGS);

	private static final Pattern COLUMN = Pattern.compile("`?([A-Za-z0-9_]{1,64})`?");

	private static final Pattern POSITIVE_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

	private TableConfigGrammar() {
	}

	static List<TableConfigClause> parse(String config) throws InvalidTableConfigException {
		if (config == null || config.isBlank()) {
			throw new InvalidTableConfigException("table_config is empty");
		}
		List<TableConfigClause> clauses = new ArrayList<>();
		for (String operation : config.split(";")) {
			String trimmed = operation.strip();
			if (!trimmed.isEmpty()) {
				clauses.add(parseOperation(trimmed));
			}
		}
		if (clauses.isEmpty()) {
			throw new InvalidTableConfigException("table_config has no operation");
		}
		return clauses;
	}

	private static TableConfigClause parseOperation(String operation) throws InvalidTableConfigException {
		Matcher matcher;
		if ((matcher = DISTRIBUTED_BY.matcher(operation)).matches()) {
			Integer buckets = (matcher.group(2) != null) ? positiveNumber(matcher.group(2), "buckets") : null;
			return new TableConfigClause(Kind.DISTRIBUTED_BY, columns(matcher.group(1), operation), buckets);
		}
		if ((matcher = ORDER_BY.matcher(operation)).matches()) {
			return new TableConfigClause(Kind.ORDER_BY, columns(matcher.group(1), operation), null);
		}
		if ((matcher = KEY_COLUMNS.matcher(operation)).matches()) {
			return new TableConfigClause(Kind.KEY_COLUMNS, columns(matcher.group(1), operation), null);
		}
		if ((matcher = PARTITION_BY.matcher(operation)).matches()) {
			return new TableConfigClause(Kind.PARTITION_BY, partitionColumns(matcher.group(1).strip(), operation),
					null);
		}
		if (DATA_MODEL.matcher(operation).matches()) {
			return new TableConfigClause(Kind.DATA_MODEL, List.of(), null);
		}
		if ((matcher = REPLICATION_NUM.matcher(operation)).matches()) {
			return new TableConfigClause(Kind.REPLICATION_NUM, List.of(),
					positiveNumber(matcher.group(1), "replication_num"));
		}
		if ((matcher = BUCKETS.matcher(operation)).matches()) {
			return new TableConfigClause(Kind.BUCKETS, List.of(), positiveNumber(matcher.group(1), "buckets"));
		}
		if (PERSISTENT_INDEX.matcher(operation).matches()) {
			return new TableConfigClause(Kind.ENABLE_PERSISTENT_INDEX, List.of(), null);
		}
		throw new InvalidTableConfigException("unknown or malformed operation '" + operation + "'");
	}

	private static List<String> partitionColumns(String expression, String operation)
			throws InvalidTableConfigException {
		Matcher matcher;
		if ((matcher = DATE_TRUNC.matcher(expression)).matches()) {
			return columns(matcher.group(2), operation);
		}
		if ((matcher = TIME_SLICE.matcher(expression)).matches()) {
			return columns(matcher.group(1), operation);
		}
		String lower = expression.toLowerCase(Locale.ROOT);
		if (lower.startsWith("date_trunc") || lower.startsWith("time_slice")) {
			throw new InvalidTableConfigException("malformed partition expression '" + expression + "'");
		}
		return columns(expression, operation);
	}

	private static List<String> columns(String list, String operation) throws InvalidTableConfigException {
		String body = list.strip();
		if (body.startsWith("(") && body.endsWith(")")) {
			body = body.substring(1, body.length() - 1);
		}
		Set<String> columns = new LinkedHashSet<>();
		for (String item : body.split(",", -1)) {
			Matcher matcher = COLUMN.matcher(item.strip());
			if (!matcher.matches()) {
				throw new InvalidTableConfigException("bad column list in '" + operation + "'");
			}
			if (!columns.add(matcher.group(1).toLowerCase(Locale.ROOT))) {
				throw new InvalidTableConfigException(
						"column '" + matcher.group(1) + "' repeated in '" + operation + "'");
			}
		}
		return List.copyOf(columns);
	}

	private static int positiveNumber(String text, String what) throws InvalidTableConfigException {
		if (!POSITIVE_NUMBER.matcher(text).matches()) {
			throw new InvalidTableConfigException(what + " must be a positive whole number, got '" + text + "'");
		}
		return Integer.parseInt(text);
	}

}
