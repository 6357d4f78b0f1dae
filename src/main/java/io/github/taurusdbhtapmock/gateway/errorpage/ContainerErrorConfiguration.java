package io.github.taurusdbhtapmock.gateway.errorpage;

import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.github.taurusdbhtapmock.platform.id.IdGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Installs {@link JsonErrorReportValve} in place of Tomcat's HTML error report, and
 * {@link Http09Valve} ahead of every request.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReportValve(ErrorBodyFactory errors,
			JsonMapper json, IdGenerator ids) {
		return new JsonErrorReportCustomizer(new JsonErrorReportValve(errors, json, ids));
	}

	/**
	 * Runs after Spring Boot's own customizer, which adds an HTML ErrorReportValve that
	 * this one replaces.
	 */
	private record JsonErrorReportCustomizer(
			JsonErrorReportValve valve) implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				if (context.getParent() instanceof StandardHost host) {
					for (Valve existing : host.getPipeline().getValves()) {
						if (existing instanceof ErrorReportValve) {
							host.getPipeline().removeValve(existing);
						}
					}
					host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
					host.getPipeline().addValve(this.valve);
					host.getPipeline().addValve(new Http09Valve());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
