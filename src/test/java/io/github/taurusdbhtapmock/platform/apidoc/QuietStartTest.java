package io.github.taurusdbhtapmock.platform.apidoc;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.taurusdbhtapmock.embedded.EmbeddedEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start logs nothing about the API description that a user cannot act on, nor any other
 * warning. springdoc, which built the description at run time, warned at every start that
 * its endpoints were "enabled by default" unless application.yml said so explicitly; the
 * jar now serves a static document and Swagger UI's static files, and its switches
 * (springdoc.api-docs.enabled, springdoc.swagger-ui.enabled) are read silently.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuietStartTest {

	/**
	 * springdoc is on the tests' classpath only, to generate the document: an embedded
	 * start reads no application.properties of the tests', so it is left out here as
	 * there, and the emulator starts as the jar does.
	 */
	private static final Map<String, String> AS_THE_JAR = Map.of("spring.autoconfigure.exclude",
			"org.springdoc.core.configuration.SpringDocConfiguration");

	@Test
	void aStartLogsNoWarning(CapturedOutput output) {
		try (EmbeddedEmulator emulator = EmbeddedEmulator.start(AS_THE_JAR)) {
			assertThat(emulator.isRunning()).isTrue();
		}
		// the start runs on this thread; other threads of the test JVM may belong to
		// other tests' emulators
		assertThat(output.getAll()).as("the start's log was captured")
			.containsPattern("\\[\\s*main\\] .*Tomcat started on port");
		assertThat(output.getAll()).doesNotContain("SpringDoc").doesNotContain("To disable it in production");
		assertThat(output.getAll().lines().filter((line) -> line.matches(".* (WARN|ERROR) .*\\[\\s*main\\] .*")))
			.as("warnings of the start")
			.isEmpty();
	}

}
