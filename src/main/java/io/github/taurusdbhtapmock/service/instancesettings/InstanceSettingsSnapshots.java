package io.github.taurusdbhtapmock.service.instancesettings;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.persistence.LoggedWrite;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.Restoring;
import io.github.taurusdbhtapmock.platform.persistence.StatePart;
import io.github.taurusdbhtapmock.platform.persistence.StateRefusedException;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettingsRepository.InstanceKey;
import io.github.taurusdbhtapmock.service.instancesettings.wire.InstanceSettingsSnapshot;
import io.github.taurusdbhtapmock.service.instancesettings.wire.InstanceSettingsSnapshot.LtsSnapshot;
import io.github.taurusdbhtapmock.service.instancesettings.wire.InstanceSettingsSnapshot.QueueRuleSnapshot;
import io.github.taurusdbhtapmock.service.topology.TopologyService;
import io.github.taurusdbhtapmock.service.topology.TopologyView;
import tools.jackson.core.type.TypeReference;

/**
 * The instance settings' part of the state. A snapshot names an instance of the topology
 * (the one restored with it, when there is one), once, with thresholds in the API's
 * ranges and each log type at most once. After the topology; nothing refers to it.
 */
@Component
@Order(4)
class InstanceSettingsSnapshots implements StatePart<List<InstanceSettingsSnapshot>> {

	static final String NAME = "instance_settings";

	private final TopologyService topology;

	private final InstanceSettingsRepository settings;

	InstanceSettingsSnapshots(TopologyService topology, InstanceSettingsRepository settings) {
		this.topology = topology;
		this.settings = settings;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TypeReference<List<InstanceSettingsSnapshot>> type() {
		return new TypeReference<>() {
		};
	}

	@Override
	public List<InstanceSettingsSnapshot> export() {
		return this.settings.all()
			.entrySet()
			.stream()
			.map((entry) -> snapshot(entry.getKey(), entry.getValue()))
			.sorted(java.util.Comparator.comparing(InstanceSettingsSnapshot::projectId)
				.thenComparing(InstanceSettingsSnapshot::instanceId))
			.toList();
	}

	@Override
	public Runnable prepareRestore(List<InstanceSettingsSnapshot> snapshots, Restoring restoring) {
		TopologyService topology = restoring.published(TopologyView.class)
			.map(TopologyService::of)
			.orElse(this.topology);
		Map<InstanceKey, InstanceSettings> restored = new LinkedHashMap<>();
		for (int i = 0; i < snapshots.size(); i++) {
			InstanceSettingsSnapshot snapshot = snapshots.get(i);
			try {
				topology.requireStarRocksInstance(snapshot.projectId(), snapshot.instanceId());
			}
			catch (ApiException ex) {
				throw new StateRefusedException(NAME + "[" + i + "]", ex);
			}
			InstanceKey key = new InstanceKey(snapshot.projectId(), snapshot.instanceId());
			if (restored.put(key, restore(i, snapshot)) != null) {
				throw refused("detail.snapshot-duplicate-settings", i, snapshot.instanceId());
			}
		}
		return () -> this.settings.replaceAll(restored);
	}

	@Override
	public void replay(LoggedWrite write) {
		switch (write.type()) {
			case InstanceSettingsRepository.SAVED -> {
				InstanceSettingsSnapshot snapshot = write.data(InstanceSettingsSnapshot.class);
				this.settings.put(new InstanceKey(snapshot.projectId(), snapshot.instanceId()), restore(0, snapshot));
			}
			case InstanceSettingsRepository.CLEARED -> this.settings.clear(write.data(ProjectScope.class).projectId());
			default -> throw write.unknownType();
		}
	}

	@Override
	public void reset(String projectId) {
		this.settings.clear(projectId);
	}

	private static InstanceSettings restore(int index, InstanceSettingsSnapshot snapshot) {
		QueueRuleSnapshot rule = snapshot.queueRule();
		QueueRule queueRule = new QueueRule(rule.maxQueuedQueries(), rule.pendingTimeoutSecond(),
				rule.concurrencyLimit(), rule.memUsedPctLimit(), rule.cpuUsedPctLimit());
		if (!queueRule.inRange()) {
			throw refused("detail.snapshot-queue-rule-range", index, snapshot.instanceId());
		}
		Map<LogType, LtsLink> lts = new EnumMap<>(LogType.class);
		for (LtsSnapshot config : snapshot.ltsConfigs()) {
			LogType type = LogType.of(config.logType()).orElseThrow();
			if (lts.put(type, new LtsLink(config.groupId(), config.streamId())) != null) {
				throw refused("detail.snapshot-duplicate-lts", index, config.logType());
			}
		}
		return new InstanceSettings(queueRule, snapshot.queueEnabled(), snapshot.slowLogMasked(), lts,
				new java.util.TreeSet<>(snapshot.killedSessions()));
	}

	static InstanceSettingsSnapshot snapshot(InstanceKey key, InstanceSettings settings) {
		QueueRule rule = settings.queueRule();
		return new InstanceSettingsSnapshot(key.projectId(), key.instanceId(),
				new QueueRuleSnapshot(rule.maxQueuedQueries(), rule.pendingTimeoutSecond(), rule.concurrencyLimit(),
						rule.memUsedPctLimit(), rule.cpuUsedPctLimit()),
				settings.queueEnabled(), settings.slowLogMasked(),
				settings.lts()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((entry) -> new LtsSnapshot(entry.getKey().wireValue(), entry.getValue().groupId(),
							entry.getValue().streamId()))
					.toList(),
				settings.killedSessions().stream().sorted().toList());
	}

	private static ApiException refused(String detailKey, Object... args) {
		return new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, detailKey, args);
	}

}
