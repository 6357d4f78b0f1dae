/**
 * The control plane's published contract:
 * {@link io.github.taurusdbhtapmock.admin.api.EmulatorAdmin}, the records its methods
 * take and return, {@link io.github.taurusdbhtapmock.admin.api.AdminException} and the
 * demo topology's ids. Only JDK types and Jackson's annotations appear here, so that a
 * client of the emulator can use the package without the emulator's runtime (Spring,
 * Jackson databind); the records carry the JSON names of the {@code /_emulator}
 * endpoints.
 */
package io.github.taurusdbhtapmock.admin.api;
