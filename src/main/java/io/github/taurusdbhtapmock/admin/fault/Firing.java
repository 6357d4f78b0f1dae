package io.github.taurusdbhtapmock.admin.fault;

/**
 * A rule that fired, with what it does this time: the error to answer, or the delay drawn
 * for it. Error fields are null unless the effect is {@link FaultEffect#ERROR};
 * {@code errorCode} null means the emulator's own error for the status.
 */
record Firing(String ruleId, FaultEffect effect, int status, String errorCode, String errorMsg, long delayMs) {
}
