package io.github.taurusdbhtapmock.service.slowlogmasking;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettingsRepository;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * Slow-log masking: when on, the statements ShowSlowLogDetail answers have their literals
 * replaced by {@code ?}. Off on a new instance.
 */
@Service
class SlowLogMaskingService {

	private final TopologyService topology;

	private final InstanceSettingsRepository settings;

	SlowLogMaskingService(TopologyService topology, InstanceSettingsRepository settings) {
		this.topology = topology;
		this.settings = settings;
	}

	boolean isMasked(InstancePath path) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		return this.settings.read(path.projectId(), path.instanceId()).slowLogMasked();
	}

	void setMasked(InstancePath path, boolean masked) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		this.settings.write((writes) -> writes.save(path.projectId(), path.instanceId(),
				writes.read(path.projectId(), path.instanceId()).withSlowLogMasked(masked)));
	}

}
