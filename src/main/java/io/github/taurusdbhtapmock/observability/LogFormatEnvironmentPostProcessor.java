package io.github.taurusdbhtapmock.observability;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * {@code emulator.log.format} (env EMULATOR_LOG_FORMAT): {@code text}, the default, or
 * {@code json} for one JSON object per line. JSON is Spring Boot's own structured
 * logging, so {@code json} only sets {@code logging.structured.format.console} (to
 * {@code ecs}, Elastic Common Schema); {@code ecs}, {@code logstash} and {@code gelf}
 * choose a format by Spring Boot's name. Set before logging starts, which environment
 * post-processors are. An explicit {@code logging.structured.format.console} is left as
 * it is.
 */
class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "emulator.log.format";

	static final String SPRING_CONSOLE_FORMAT = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty(PROPERTY);
		if (!StringUtils.hasText(format) || StringUtils.hasText(environment.getProperty(SPRING_CONSOLE_FORMAT))) {
			return;
		}
		String springFormat = springFormat(format.trim().toLowerCase(Locale.ROOT));
		if (springFormat != null) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource(PROPERTY, Map.of(SPRING_CONSOLE_FORMAT, springFormat)));
		}
	}

	/**
	 * Null for plain text; a value that is none of the formats stops the start rather
	 * than be ignored.
	 */
	static String springFormat(String format) {
		return switch (format) {
			case "text" -> null;
			case "json", "ecs" -> "ecs";
			case "logstash", "gelf" -> format;
			default -> throw new IllegalStateException(
					PROPERTY + ": '" + format + "' is not one of text, json, ecs, logstash, gelf");
		};
	}

	/** After the configuration files are read, so the key may come from any of them. */
	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
