package io.github.taurusdbhtapmock.service.topology;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Loads the YAML seed file named by {@code emulator.topology.seed-file} (env
 * EMULATOR_TOPOLOGY_SEEDFILE; a path, or {@code classpath:...}) ahead of every other
 * setting, so its topology replaces the demo one. A file that is named but missing stops
 * the emulator: a typo must not silently start the demo topology.
 */
class SeedFileEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "emulator.topology.seed-file";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// the Binder reads the key with the same relaxed names as every other setting
		// (EMULATOR_TOPOLOGY_SEEDFILE)
		String location = Binder.get(environment).bind(PROPERTY, String.class).orElse("");
		if (location.isBlank()) {
			return;
		}
		Resource resource = new DefaultResourceLoader().getResource(location);
		if (!resource.exists()) {
			throw new IllegalStateException(PROPERTY + ": there is no file at '" + location + "'");
		}
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load("seed file " + location, resource)) {
				environment.getPropertySources().addFirst(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(PROPERTY + ": cannot read '" + location + "'", ex);
		}
	}

	/**
	 * After the configuration files are read, so the key itself may come from any of
	 * them.
	 */
	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
