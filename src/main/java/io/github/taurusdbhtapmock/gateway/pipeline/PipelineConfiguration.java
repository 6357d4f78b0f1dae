package io.github.taurusdbhtapmock.gateway.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.github.taurusdbhtapmock.gateway.auth.AuthenticationInterceptor;
import io.github.taurusdbhtapmock.gateway.body.RequestBodyFilter;
import io.github.taurusdbhtapmock.gateway.limits.BodyLimits;
import io.github.taurusdbhtapmock.gateway.limits.LimitProperties;
import io.github.taurusdbhtapmock.gateway.pipeline.Pipeline.FilterStep;
import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.id.IdGenerator;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.ExchangeListener;
import io.github.taurusdbhtapmock.platform.web.InterceptorStep;
import io.github.taurusdbhtapmock.platform.web.PipelineStep;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway in front of the emulated API, in one place: every step of the request
 * {@link Pipeline} (the gateway's own, and the {@link InterceptorStep}s other tiers
 * declare), registered in the order of {@link PipelineStep}; the routing that keeps
 * published path words out of path variables; the path records; and the API's language
 * and content type.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(PipelineConfiguration.class);

	private static final String API_PATHS = "/v3/**";

	private final Pipeline pipeline;

	private final Validator validator;

	PipelineConfiguration(IdGenerator ids, ObjectProvider<ExchangeListener> listeners, Clock clock,
			LimitProperties limits, ErrorBodyFactory errors, JsonMapper json, AuthenticationInterceptor authentication,
			List<InterceptorStep> declared, Validator validator) {
		List<InterceptorStep> interceptors = new ArrayList<>(declared);
		interceptors
			.add(new InterceptorStep(PipelineStep.PUBLISHED_METHODS, new PublishedMethodsInterceptor(), API_PATHS));
		interceptors.add(new InterceptorStep(PipelineStep.AUTHENTICATION, authentication, API_PATHS));
		this.pipeline = new Pipeline(
				List.of(new FilterStep(PipelineStep.REQUEST_ID, new RequestIdFilter(ids)), new FilterStep(
						PipelineStep.EXCHANGE,
						new ExchangeFilter(listeners.orderedStream().toList(),
								(clock instanceof EmulatorClock emulatorClock) ? emulatorClock.wallClock() : clock)),
						new FilterStep(PipelineStep.BODY, new RequestBodyFilter(new BodyLimits(limits),
								authentication::needsWholeBody, errors, json))),
				interceptors);
		this.validator = validator;
		log.debug("Request pipeline: {}", this.pipeline.describe());
	}

	@Bean
	Pipeline requestPipeline() {
		return this.pipeline;
	}

	/**
	 * The filter steps, in order, ahead of every filter of Spring's own (the form content
	 * filter reads bodies), so that the request id and the exchange cover them all.
	 */
	@Bean
	ServletContextInitializer requestPipelineFilters() {
		return new PipelineFilters(this.pipeline);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		for (InterceptorStep step : this.pipeline.interceptors()) {
			registry.addInterceptor(step.interceptor())
				.addPathPatterns(step.paths())
				.excludePathPatterns(step.excludedPaths())
				.order(step.step().ordinal());
		}
	}

	/**
	 * Routing that never reads a path word of a published API as a path variable (see
	 * {@link PublishedApiHandlerMapping}).
	 */
	@Bean
	WebMvcRegistrations publishedApiRouting() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PublishedApiHandlerMapping(PublishedApis.HTAP);
			}

		};
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PathRecordArgumentResolver(this.validator));
	}

	/**
	 * Named so DispatcherServlet uses it: X-Language, not Accept-Language, picks the
	 * message language.
	 */
	@Bean
	LocaleResolver localeResolver() {
		return new XLanguageLocaleResolver();
	}

	/**
	 * The API speaks JSON only: an Accept header asking for anything else still gets
	 * JSON, never a 406.
	 */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.ignoreAcceptHeader(true).defaultContentType(ApiMediaType.JSON_UTF8);
	}

	/** Registers the filter steps with the servlet container, in the pipeline's order. */
	private record PipelineFilters(Pipeline pipeline) implements ServletContextInitializer, Ordered {

		@Override
		public void onStartup(ServletContext servletContext) throws ServletException {
			for (FilterStep step : this.pipeline.filters()) {
				FilterRegistrationBean<?> registration = new FilterRegistrationBean<>(step.filter());
				registration.setName("pipeline." + step.step().name().toLowerCase(Locale.ROOT));
				registration.onStartup(servletContext);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
