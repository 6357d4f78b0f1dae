/**
 * The emulator's control plane as a Java client:
 * {@link io.github.taurusdbhtapmock.client.EmulatorAdminClient} implements
 * {@link io.github.taurusdbhtapmock.admin.api.EmulatorAdmin} over HTTP for any running
 * emulator, with the JDK's HTTP client and a JSON codec of its own, so that it adds no
 * dependency to a user's project (and meets none of its Jackson).
 */
package io.github.taurusdbhtapmock.client;
