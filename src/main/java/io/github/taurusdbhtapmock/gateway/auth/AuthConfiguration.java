package io.github.taurusdbhtapmock.gateway.auth;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;

/**
 * The gateway's credential check (registered by WebConfiguration) and, in strict mode
 * only, the body cache it needs.
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

	/**
	 * Signature dates are checked against real time: clients sign with their own real
	 * clocks, while a manual emulator clock only drives the emulated service's jobs and
	 * stages.
	 */
	@Bean
	AuthenticationInterceptor authenticationInterceptor(AuthProperties properties, Clock clock) {
		return new AuthenticationInterceptor(properties,
				(clock instanceof EmulatorClock emulatorClock) ? emulatorClock.wallClock() : clock);
	}

	/**
	 * Before any filter that could read the body (FormContentFilter); disabled, it costs
	 * lenient mode nothing.
	 */
	@Bean
	FilterRegistrationBean<CachedBodyFilter> cachedBodyFilter(AuthProperties properties) {
		FilterRegistrationBean<CachedBodyFilter> registration = new FilterRegistrationBean<>(new CachedBodyFilter());
		registration.addUrlPatterns("/v3/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		registration.setEnabled(properties.mode() == AuthMode.STRICT);
		return registration;
	}

}
