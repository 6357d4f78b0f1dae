package io.github.taurusdbhtapmock.service.instancesettings;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an operator has changed on a running StarRocks instance: the query queue (its
 * switch and thresholds), slow-log masking, where its logs go in LTS, and the sessions
 * killed. {@link #DEFAULT} is a new instance's; an instance whose settings are the
 * default holds nothing.
 */
public record InstanceSettings(QueueRule queueRule, boolean queueEnabled, boolean slowLogMasked,
		Map<LogType, LtsLink> lts, Set<String> killedSessions) {

	public static final InstanceSettings DEFAULT = new InstanceSettings(QueueRule.DEFAULT, false, false, Map.of(),
			Set.of());

	public InstanceSettings {
		lts = lts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(lts));
		killedSessions = Set.copyOf(killedSessions);
	}

	public InstanceSettings withQueueRule(QueueRule rule) {
		return new InstanceSettings(rule, this.queueEnabled, this.slowLogMasked, this.lts, this.killedSessions);
	}

	public InstanceSettings withQueueEnabled(boolean enabled) {
		return new InstanceSettings(this.queueRule, enabled, this.slowLogMasked, this.lts, this.killedSessions);
	}

	public InstanceSettings withSlowLogMasked(boolean masked) {
		return new InstanceSettings(this.queueRule, this.queueEnabled, masked, this.lts, this.killedSessions);
	}

	public InstanceSettings withLts(LogType type, LtsLink link) {
		Map<LogType, LtsLink> changed = new EnumMap<>(LogType.class);
		changed.putAll(this.lts);
		if (link == null) {
			changed.remove(type);
		}
		else {
			changed.put(type, link);
		}
		return new InstanceSettings(this.queueRule, this.queueEnabled, this.slowLogMasked, changed,
				this.killedSessions);
	}

	public InstanceSettings withKilled(Collection<String> sessionIds) {
		Set<String> killed = new TreeSet<>(this.killedSessions);
		killed.addAll(sessionIds);
		return new InstanceSettings(this.queueRule, this.queueEnabled, this.slowLogMasked, this.lts, killed);
	}

}
