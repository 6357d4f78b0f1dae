package io.github.taurusdbhtapmock.admin.fault;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.web.InterceptorStep;
import io.github.taurusdbhtapmock.platform.web.PipelineStep;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class FaultConfiguration {

	/**
	 * At the pipeline's FAULTS step, for the emulated API only: the control plane and
	 * actuator endpoints are never faulted.
	 */
	@Bean
	InterceptorStep faultInjection(FaultRules rules, ErrorBodyFactory errors, JsonMapper json) {
		return new InterceptorStep(PipelineStep.FAULTS, new FaultInterceptor(rules, errors, json), "/v3/**");
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> dropConnectionValve() {
		return (factory) -> factory.addContextValves(new DropConnectionValve());
	}

}
