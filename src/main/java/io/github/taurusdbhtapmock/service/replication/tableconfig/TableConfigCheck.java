package io.github.taurusdbhtapmock.service.replication.tableconfig;

/**
 * The outcome of checking one table's configuration. {@code reason} says why it failed
 * (null when it passed); it is logged, since the API's result carries only success or
 * failed.
 */
public record TableConfigCheck(String tableName, String tableConfig, boolean passed, String reason) {
}
