package io.github.taurusdbhtapmock.gateway.auth;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;

/**
 * The gateway's credential check, which the pipeline registers at its
 * {@code AUTHENTICATION} step.
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

}
