package io.github.taurusdbhtapmock.platform.persistence;

import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import tools.jackson.databind.json.JsonMapper;

/**
 * The write log the parts of the state append to: with a data directory, the segmented
 * log and the durable log that recovers and snapshots it; without one, a write log that
 * does nothing, and no durable log at all.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	@Bean
	@Conditional(PersistenceOn.class)
	SegmentedLog segmentedLog(PersistenceProperties properties, JsonMapper json) {
		return new SegmentedLog(properties, json);
	}

	@Bean
	@Conditional(PersistenceOn.class)
	DurableLog durableLog(PersistenceProperties properties, JsonMapper json, List<StatePart<?>> parts,
			SegmentedLog segmentedLog) {
		return new DurableLog(properties, json, parts, segmentedLog);
	}

	@Bean
	@Conditional(PersistenceOff.class)
	WriteLog writeLogOff() {
		return WriteLog.OFF;
	}

	/**
	 * Decided as {@link PersistenceProperties#enabled()} decides, before the properties
	 * bean exists.
	 */
	static boolean enabled(Environment environment) {
		return Binder.get(environment)
			.bind("emulator.persistence", PersistenceProperties.class)
			.map(PersistenceProperties::enabled)
			.orElse(false);
	}

	static final class PersistenceOn implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return enabled(context.getEnvironment());
		}

	}

	static final class PersistenceOff implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !enabled(context.getEnvironment());
		}

	}

}
