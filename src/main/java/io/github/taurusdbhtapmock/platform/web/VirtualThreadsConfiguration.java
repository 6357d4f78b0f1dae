package io.github.taurusdbhtapmock.platform.web;

import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.boot.thread.Threading;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * A virtual thread per request when {@code spring.threads.virtual.enabled} is true and
 * the JVM has virtual threads (Java 21+), decided when the emulator starts. Spring Boot's
 * own customizer does the same behind a condition, which the jar's ahead-of-time
 * processing would decide once, on the JDK and the settings of the build (pom.xml leaves
 * it out there); this one reads the setting and the JVM it runs on.
 */
@Configuration(proxyBeanMethods = false)
class VirtualThreadsConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> virtualThreadsPerRequest(Environment environment) {
		return (factory) -> {
			if (Threading.VIRTUAL.isActive(environment)) {
				factory.addProtocolHandlerCustomizers(
						(handler) -> handler.setExecutor(new VirtualThreadExecutor("tomcat-handler-")));
			}
		};
	}

}
