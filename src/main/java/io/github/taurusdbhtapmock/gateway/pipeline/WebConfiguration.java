package io.github.taurusdbhtapmock.gateway.pipeline;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import java.util.List;

import jakarta.validation.Validator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.github.taurusdbhtapmock.gateway.auth.AuthenticationInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final Validator validator;

	private final AuthenticationInterceptor authentication;

	WebConfiguration(Validator validator, AuthenticationInterceptor authentication) {
		this.validator = validator;
		this.authentication = authentication;
	}

	/**
	 * Named so DispatcherServlet uses it: X-Language, not Accept-Language, picks the
	 * message language.
	 */
	@Bean
	LocaleResolver localeResolver() {
		return new XLanguageLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PublishedMethodsInterceptor()).addPathPatterns("/v3/**");
		registry.addInterceptor(this.authentication).addPathPatterns("/v3/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new InstancePathArgumentResolver(this.validator));
	}

	/**
	 * The API speaks JSON only: an Accept header asking for anything else still gets
	 * JSON, never a 406.
	 */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.ignoreAcceptHeader(true).defaultContentType(ApiMediaType.JSON_UTF8);
	}

}
