package io.github.taurusdbhtapmock.platform.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * Where Swagger UI's webjar keeps its files: under a folder named after its version,
 * which is read from the webjar itself, so that the version is given once, in pom.xml.
 */
final class SwaggerUiWebJar {

	private static final String POM_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

	private SwaggerUiWebJar() {
	}

	/** The classpath location of its files, such as index.html. */
	static String location(ClassLoader classLoader) {
		ClassPathResource resource = new ClassPathResource(POM_PROPERTIES, classLoader);
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Swagger UI's webjar (org.webjars:swagger-ui) is not on the classpath", ex);
		}
		return "classpath:/META-INF/resources/webjars/swagger-ui/" + properties.getProperty("version") + "/";
	}

}
