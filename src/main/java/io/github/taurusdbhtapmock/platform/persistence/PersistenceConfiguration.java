package io.github.taurusdbhtapmock.platform.persistence;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * The write log the parts of the state append to: with a data directory, the segmented
 * log and the durable log that recovers and snapshots it; without one, a write log that
 * does nothing, and no durable log at all. Decided in the bean methods when the emulator
 * starts, not by a condition: the jar's ahead-of-time processing (pom.xml) would fix a
 * condition at build time, and a data directory given at run time would be ignored.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	@Bean
	WriteLog writeLog(PersistenceProperties properties, JsonMapper json) {
		return properties.enabled() ? new SegmentedLog(properties, json) : WriteLog.OFF;
	}

	/**
	 * Without a data directory: none (a null bean method result registers no bean
	 * instance, so nothing recovers or snapshots).
	 */
	@Bean
	DurableLog durableLog(PersistenceProperties properties, JsonMapper json, List<StatePart<?>> parts,
			WriteLog writeLog) {
		return (writeLog instanceof SegmentedLog segmented) ? new DurableLog(properties, json, parts, segmented) : null;
	}

}
