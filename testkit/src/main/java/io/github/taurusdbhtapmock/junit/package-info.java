/**
 * The emulator inside a JUnit 5 test, in the test's own JVM:
 * {@link io.github.taurusdbhtapmock.junit.TaurusHtapEmulatorTest} or
 * {@link io.github.taurusdbhtapmock.junit.TaurusHtapEmulatorExtension#builder()} start
 * it, and inject a {@link io.github.taurusdbhtapmock.junit.TaurusHtapEmulator}: the base
 * URL, an official SDK client, and the control plane as Java methods.
 * {@link io.github.taurusdbhtapmock.junit.TaurusHtapEmulator#start()} runs one without
 * JUnit. The emulator runs from its own jar in a class loader of its own, so nothing of
 * it meets the test's classes; docs/junit.md has the details.
 */
package io.github.taurusdbhtapmock.junit;
