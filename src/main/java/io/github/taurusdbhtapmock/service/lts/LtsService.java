package io.github.taurusdbhtapmock.service.lts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.service.htapinstance.CloudDefaults;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettings;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettingsRepository;
import io.github.taurusdbhtapmock.service.instancesettings.LogType;
import io.github.taurusdbhtapmock.service.instancesettings.LtsLink;
import io.github.taurusdbhtapmock.service.lts.wire.LtsConfigsRequest.LogConfig;
import io.github.taurusdbhtapmock.service.lts.wire.LtsUnlinkRequest.LogRef;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * Where the logs of a project's StarRocks instances go in LTS. A batch is checked whole
 * before anything changes: every instance exists, no log is named twice. Each instance
 * has two logs, so what is kept is bounded by the project's instances.
 */
@Service
class LtsService {

	private final TopologyService topology;

	private final TopologyRepository instances;

	private final InstanceSettingsRepository settings;

	LtsService(TopologyService topology, TopologyRepository instances, InstanceSettingsRepository settings) {
		this.topology = topology;
		this.instances = instances;
		this.settings = settings;
	}

	/** The instances that match, in the topology's order, with their settings. */
	LtsPage page(String projectId, LtsQuery query) {
		List<StarRocksInstance> matching = this.instances.starRocksInstances(projectId)
			.stream()
			.filter((instance) -> query.instanceId() == null || query.instanceId().equals(instance.id()))
			.filter((instance) -> query.instanceName() == null || query.instanceName().equals(instance.name()))
			.filter((instance) -> query.enterpriseProjectId() == null
					|| query.enterpriseProjectId().equals(CloudDefaults.ENTERPRISE_PROJECT_ID))
			.toList();
		List<LtsPage.Entry> entries = matching.stream()
			.skip(query.offset())
			.limit(query.limit())
			.map((instance) -> new LtsPage.Entry(instance, this.settings.read(projectId, instance.id())))
			.toList();
		return new LtsPage(entries, matching.size());
	}

	void link(String projectId, List<LogConfig> configs) {
		requireDistinct(configs.stream().map((config) -> config.instanceId() + "/" + config.logType()).toList());
		for (LogConfig config : configs) {
			this.topology.requireStarRocksInstance(projectId, config.instanceId());
		}
		this.settings.write((writes) -> {
			for (LogConfig config : configs) {
				InstanceSettings current = writes.read(projectId, config.instanceId());
				writes.save(projectId, config.instanceId(), current.withLts(LogType.of(config.logType()).orElseThrow(),
						new LtsLink(config.ltsGroupId(), config.ltsStreamId())));
			}
		});
	}

	/**
	 * A log that is not linked (or an instance that does not exist, whose logs are not)
	 * is a parameter error, as the provider expects of a configuration already gone.
	 */
	void unlink(String projectId, List<LogRef> refs) {
		requireDistinct(refs.stream().map((ref) -> ref.instanceId() + "/" + ref.logType()).toList());
		this.settings.write((writes) -> {
			for (LogRef ref : refs) {
				LogType type = LogType.of(ref.logType()).orElseThrow();
				if (!writes.read(projectId, ref.instanceId()).lts().containsKey(type)) {
					throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.lts-config-not-found", ref.logType(),
							ref.instanceId());
				}
			}
			for (LogRef ref : refs) {
				InstanceSettings current = writes.read(projectId, ref.instanceId());
				writes.save(projectId, ref.instanceId(),
						current.withLts(LogType.of(ref.logType()).orElseThrow(), null));
			}
		});
	}

	private static void requireDistinct(List<String> keys) {
		Set<String> seen = new LinkedHashSet<>();
		for (String key : keys) {
			if (!seen.add(key)) {
				String[] parts = key.split("/", 2);
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.lts-config-twice", parts[1], parts[0]);
			}
		}
	}

}
