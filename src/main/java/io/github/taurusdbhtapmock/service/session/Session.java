package io.github.taurusdbhtapmock.service.session;

/**
 * A connection to a StarRocks instance's FE, as SHOW PROCESSLIST shows it;
 * {@code duration} is in seconds.
 */
record Session(String id, String user, String host, String state, String database, String sqlStatement, long duration,
		String command) {
}
