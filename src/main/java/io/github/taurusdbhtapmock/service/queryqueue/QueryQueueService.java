package io.github.taurusdbhtapmock.service.queryqueue;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettings;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettingsRepository;
import io.github.taurusdbhtapmock.service.queryqueue.wire.QueueRuleBody;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * The query queue of a StarRocks instance: its switch and its thresholds. Both change at
 * once (they are FE variables, no restart); the thresholds can be set while the queue is
 * off and apply when it is turned on.
 */
@Service
class QueryQueueService {

	private final TopologyService topology;

	private final InstanceSettingsRepository settings;

	QueryQueueService(TopologyService topology, InstanceSettingsRepository settings) {
		this.topology = topology;
		this.settings = settings;
	}

	InstanceSettings rule(InstancePath path) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.settings.read(path.projectId(), path.instanceId());
	}

	void setRule(InstancePath path, QueueRuleBody rule) {
		if (rule.changesNothing()) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.query-queue-rule-empty");
		}
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		this.settings.write((writes) -> {
			InstanceSettings current = writes.read(path.projectId(), path.instanceId());
			InstanceSettings changed = current.withQueueRule(rule.applyTo(current.queueRule()));
			if (rule.enableQueryQueueSelect() != null) {
				changed = changed.withQueueEnabled(Boolean.parseBoolean(rule.enableQueryQueueSelect()));
			}
			writes.save(path.projectId(), path.instanceId(), changed);
		});
	}

	void setEnabled(InstancePath path, boolean enabled) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		this.settings.write((writes) -> writes.save(path.projectId(), path.instanceId(),
				writes.read(path.projectId(), path.instanceId()).withQueueEnabled(enabled)));
	}

}
