package io.github.taurusdbhtapmock;

import java.net.URL;
import java.security.CodeSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.SpringProperties;
import org.springframework.util.ClassUtils;

/**
 * The emulator's application. From its jar it starts from the bean definitions that the
 * build's ahead-of-time processing generated (pom.xml, {@code process-aot}) instead of
 * parsing the configuration classes and evaluating their conditions at every start, about
 * a quarter of the start's work (docs/performance.md). They are used only where they were
 * generated with the classes beside them: the classes of a development build
 * (target/classes, an IDE) may be newer than the generated ones, and start the usual way.
 * {@code -Dspring.aot.enabled=false} (or {@code true}) decides instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TaurusHtapEmulatorApplication {

	private static final String AOT_ENABLED = "spring.aot.enabled";

	public static void main(String[] args) {
		if (aotUndecided() && aotGenerated() && fromJar()) {
			SpringProperties.setFlag(AOT_ENABLED);
		}
		SpringApplication.run(TaurusHtapEmulatorApplication.class, args);
	}

	/**
	 * For an emulator embedded by the test kit, which loads the classes of the released
	 * jar: the generated bean definitions are used when they are there. The flag is local
	 * to the emulator's class loader, not a system property of the caller's JVM.
	 * @return whether the generated bean definitions are used
	 */
	public static boolean useAotWhenGenerated() {
		if (aotUndecided() && aotGenerated()) {
			SpringProperties.setFlag(AOT_ENABLED);
		}
		return SpringProperties.getFlag(AOT_ENABLED);
	}

	private static boolean aotUndecided() {
		return SpringProperties.getProperty(AOT_ENABLED) == null;
	}

	private static boolean aotGenerated() {
		return ClassUtils.isPresent(TaurusHtapEmulatorApplication.class.getName() + "__ApplicationContextInitializer",
				TaurusHtapEmulatorApplication.class.getClassLoader());
	}

	private static boolean fromJar() {
		CodeSource source = TaurusHtapEmulatorApplication.class.getProtectionDomain().getCodeSource();
		URL location = (source != null) ? source.getLocation() : null;
		return location != null && ("jar".equals(location.getProtocol()) || location.getPath().endsWith(".jar"));
	}

}
