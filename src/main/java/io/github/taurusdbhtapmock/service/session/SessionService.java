package io.github.taurusdbhtapmock.service.session;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettings;
import io.github.taurusdbhtapmock.service.instancesettings.InstanceSettingsRepository;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * The sessions of a StarRocks instance and their kill. A killed session stays gone; a
 * kill naming a session the instance does not have (never had, or already killed) is
 * refused whole, as StarRocks' KILL refuses an unknown connection id, and kills nothing.
 */
@Service
class SessionService {

	private final TopologyService topology;

	private final SessionCatalog catalog;

	private final InstanceSettingsRepository settings;

	SessionService(TopologyService topology, SessionCatalog catalog, InstanceSettingsRepository settings) {
		this.topology = topology;
		this.catalog = catalog;
		this.settings = settings;
	}

	/** The sessions not killed, from {@code offset}, at most {@code limit}. */
	List<Session> page(InstancePath path, int offset, int limit) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		Set<String> killed = this.settings.read(path.projectId(), path.instanceId()).killedSessions();
		return this.catalog.sessions(instance)
			.stream()
			.filter((session) -> !killed.contains(session.id()))
			.skip(offset)
			.limit(limit)
			.toList();
	}

	void kill(InstancePath path, List<String> ids) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		this.settings.write((writes) -> {
			InstanceSettings current = writes.read(path.projectId(), path.instanceId());
			Set<String> existing = this.catalog.sessions(instance)
				.stream()
				.map(Session::id)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			Set<String> unknown = new LinkedHashSet<>(ids);
			unknown.removeIf((id) -> existing.contains(id) && !current.killedSessions().contains(id));
			if (!unknown.isEmpty()) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.session-not-found",
						String.join(", ", unknown), path.instanceId());
			}
			// the sessions killed earlier that have ended on their own are forgotten, so
			// what is kept is bounded by the sessions the instance has
			Set<String> killed = new LinkedHashSet<>(current.killedSessions());
			killed.retainAll(existing);
			killed.addAll(ids);
			writes.save(path.projectId(), path.instanceId(), new InstanceSettings(current.queueRule(),
					current.queueEnabled(), current.slowLogMasked(), current.lts(), killed));
		});
	}

}
