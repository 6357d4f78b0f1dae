package io.github.taurusdbhtapmock.service.logquery;

import java.util.SplittableRandom;

import io.github.taurusdbhtapmock.service.htapinstance.NodeRole;
import io.github.taurusdbhtapmock.service.logquery.wire.ErrorLogResponse.ErrorLogEntry;

/**
 * What an error-log line says: mostly warnings, some errors, in the words of the node's
 * role (FE or BE).
 */
final class ErrorLogs {

	static final String WARNING = "WARNING";

	static final String ERROR = "ERROR";

	private static final String[] FE_WARNINGS = {
			"slow publish transaction %d, cost %d ms, waiting for the BE to finish the publish",
			"the statistics of table %d are stale, collect them again in the next round",
			"connection %d idle for %d s, closed by the server" };

	private static final String[] FE_ERRORS = { "failed to get the tablet meta of partition %d after %d retries",
			"query %d cancelled: memory exceeds the limit of the query queue (%d%%)" };

	private static final String[] BE_WARNINGS = { "compaction score of tablet %d is high: %d",
			"tablet %d has %d versions, the load is faster than compaction" };

	private static final String[] BE_ERRORS = { "failed to open the segment file of tablet %d, errno %d",
			"fragment %d cancelled after %d ms: the query timed out" };

	private ErrorLogs() {
	}

	static ErrorLogEntry entry(LogLine line, LogRange range) {
		SplittableRandom random = line.random();
		boolean error = random.nextInt(4) == 0;
		boolean frontend = line.node().role() != NodeRole.BE;
		String[] templates = frontend ? (error ? FE_ERRORS : FE_WARNINGS) : (error ? BE_ERRORS : BE_WARNINGS);
		String content = templates[random.nextInt(templates.length)].formatted(10_000 + random.nextInt(90_000),
				1 + random.nextInt(100));
		return new ErrorLogEntry(line.node().id(), range.format(line.at()), error ? ERROR : WARNING, content,
				Long.toString(line.lineNum()));
	}

}
