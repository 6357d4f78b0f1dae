package io.github.taurusdbhtapmock.admin.fault;

/**
 * What a rule can match a request on; {@code operation} is null when the handler emulates
 * no operation.
 */
record FaultTarget(String operation, String method, String path, String projectId) {
}
