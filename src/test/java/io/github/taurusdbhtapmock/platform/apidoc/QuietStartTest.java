package io.github.taurusdbhtapmock.platform.apidoc;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.taurusdbhtapmock.embedded.EmbeddedEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start logs nothing about the API description that a user cannot act on: springdoc
 * warns that its endpoints are "enabled by default" unless application.yml says so
 * explicitly, which it does.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuietStartTest {

	@Test
	void springdocDoesNotWarnAtStart(CapturedOutput output) {
		try (EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of())) {
			assertThat(emulator.isRunning()).isTrue();
		}
		assertThat(output.getAll()).as("the start's log was captured").contains("Tomcat started on port");
		assertThat(output.getAll()).doesNotContain("SpringDoc").doesNotContain("To disable it in production");
	}

}
