/**
 * The emulator's image under Testcontainers:
 * {@link io.github.taurusdbhtapmock.testcontainers.TaurusHtapEmulatorContainer}, for
 * tests that run it as a container rather than in their own JVM (docs/testcontainers.md).
 */
package io.github.taurusdbhtapmock.testcontainers;
