package io.github.taurusdbhtapmock.platform.clock;

import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	EmulatorClock emulatorClock(ClockProperties properties) {
		if (properties.mode() == ClockProperties.Mode.MANUAL) {
			return EmulatorClock.manual((properties.start() != null) ? properties.start() : Instant.now());
		}
		return EmulatorClock.system();
	}

}
