package io.github.taurusdbhtapmock.service.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long every job runs before it completes ({@code emulator.jobs.duration}, env
 * EMULATOR_JOBS_DURATION); 0 completes jobs at once.
 */
@ConfigurationProperties("emulator.jobs")
public record JobProperties(@DefaultValue("2s") Duration duration) {

	public JobProperties {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("emulator.jobs.duration must not be negative");
		}
	}

}
