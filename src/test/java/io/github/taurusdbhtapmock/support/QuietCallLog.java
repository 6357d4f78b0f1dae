package io.github.taurusdbhtapmock.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Silences the one-line-per-call log for a test class that sends thousands of requests,
 * so the build output stays readable; the level is restored afterwards for the tests that
 * read those lines.
 */
public class QuietCallLog implements BeforeAllCallback, AfterAllCallback {

	private static final String CALL_LOGGER = "io.github.taurusdbhtapmock.calls";

	private Level previous;

	@Override
	public void beforeAll(ExtensionContext context) {
		Logger logger = (Logger) LoggerFactory.getLogger(CALL_LOGGER);
		this.previous = logger.getLevel();
		logger.setLevel(Level.WARN);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		((Logger) LoggerFactory.getLogger(CALL_LOGGER)).setLevel(this.previous);
	}

}
