package io.github.taurusdbhtapmock.gateway.pipeline;

import java.util.List;

import jakarta.validation.Validator;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the TaurusDB path resolver. Kept apart from {@link WebConfiguration} only so
 * the HTAP instance operations could be added without editing it; the two can be merged.
 */
@Configuration(proxyBeanMethods = false)
class TaurusPathConfiguration implements WebMvcConfigurer {

	private final Validator validator;

	TaurusPathConfiguration(Validator validator) {
		this.validator = validator;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new TaurusPathArgumentResolver(this.validator));
	}

}
