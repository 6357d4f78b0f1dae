package io.github.taurusdbhtapmock.service.logquery;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import io.github.taurusdbhtapmock.service.logquery.wire.SlowLogResponse.SlowLogEntry;

/**
 * What a slow-log line says: a statement of one of the types the console filters on, in
 * one of a few databases, slower than StarRocks' default threshold of 5 s. With masking
 * on, the statement's literals read {@code ?}.
 */
final class SlowLogs {

	static final String[] TYPES = { "SELECT", "SELECT", "SELECT", "INSERT", "INSERT", "UPDATE", "DELETE", "CREATE",
			"ALTER", "DROP" };

	static final String[] DATABASES = { "analytics", "reporting", "ods" };

	private static final String USER = "root";

	private static final int THRESHOLD_MS = 5000;

	/** A quoted string, or a number standing alone (not part of a name). */
	private static final Pattern LITERAL = Pattern.compile("'[^']*'|(?<![\\w`])[0-9]+(?![\\w`])");

	private SlowLogs() {
	}

	static SlowLogEntry entry(LogLine line, LogRange range, boolean masked) {
		SplittableRandom random = line.random();
		String type = TYPES[random.nextInt(TYPES.length)];
		String database = DATABASES[random.nextInt(DATABASES.length)];
		int id = 1 + random.nextInt(1_000_000);
		int queryMs = THRESHOLD_MS + random.nextInt(55_000);
		int lockMs = random.nextInt(50);
		int examined = random.nextInt(5_000_000);
		int sent = "SELECT".equals(type) ? random.nextInt(1 + Math.min(examined, 10_000)) : 0;
		String query = statement(type, database, id);
		String client = "10.%d.%d.%d:%d".formatted(random.nextInt(256), random.nextInt(256), 1 + random.nextInt(254),
				30000 + random.nextInt(30000));
		return new SlowLogEntry(line.node().id(), "1", seconds(queryMs), seconds(lockMs), Integer.toString(sent),
				Integer.toString(examined), database, USER, masked ? mask(query) : query, type, range.format(line.at()),
				client, Long.toString(line.lineNum()), line.at().toEpochMilli());
	}

	static String statement(String type, String database, int id) {
		return switch (type) {
			case "SELECT" -> "SELECT * FROM `%s`.`orders` WHERE customer_id = %d ORDER BY created_at DESC LIMIT 100"
				.formatted(database, id);
			case "INSERT" -> "INSERT INTO `%s`.`orders` SELECT * FROM `%s`.`orders_staging` WHERE id > %d"
				.formatted(database, database, id);
			case "UPDATE" -> "UPDATE `%s`.`orders` SET status = 'shipped' WHERE id = %d".formatted(database, id);
			case "DELETE" -> "DELETE FROM `%s`.`orders` WHERE id = %d".formatted(database, id);
			case "CREATE" ->
				"CREATE TABLE `%s`.`orders_%d` AS SELECT * FROM `%s`.`orders`".formatted(database, id, database);
			case "ALTER" -> "ALTER TABLE `%s`.`orders` MODIFY COLUMN amount DECIMAL(20, 4)".formatted(database);
			default -> "DROP TABLE IF EXISTS `%s`.`orders_%d`".formatted(database, id);
		};
	}

	static String mask(String statement) {
		return LITERAL.matcher(statement).replaceAll("?");
	}

	private static String seconds(int millis) {
		return "%d.%03d s".formatted(millis / 1000, millis % 1000);
	}

}
