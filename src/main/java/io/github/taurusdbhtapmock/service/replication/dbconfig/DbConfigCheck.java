package io.github.taurusdbhtapmock.service.replication.dbconfig;

/**
 * The outcome of checking one submitted {@code db_configs} item against the catalogue.
 */
public record DbConfigCheck(String paramName, String value, boolean passed) {
}
