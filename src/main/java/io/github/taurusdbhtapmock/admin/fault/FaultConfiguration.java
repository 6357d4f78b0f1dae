package io.github.taurusdbhtapmock.admin.fault;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class FaultConfiguration implements WebMvcConfigurer {

	/** After the credential check, which registers with the default order 0. */
	private static final int AFTER_AUTHENTICATION = 1;

	private final FaultRules rules;

	private final ErrorBodyFactory errors;

	private final JsonMapper json;

	FaultConfiguration(FaultRules rules, ErrorBodyFactory errors, JsonMapper json) {
		this.rules = rules;
		this.errors = errors;
		this.json = json;
	}

	/**
	 * Only the emulated API: the control plane and actuator endpoints are never faulted.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FaultInterceptor(this.rules, this.errors, this.json))
			.addPathPatterns("/v3/**")
			.order(AFTER_AUTHENTICATION);
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> dropConnectionValve() {
		return (factory) -> factory.addContextValves(new DropConnectionValve());
	}

}
