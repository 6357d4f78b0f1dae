package io.github.taurusdbhtapmock.service.instancesettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;
import io.github.taurusdbhtapmock.service.instancesettings.wire.InstanceSettingsSnapshot;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstanceScoped;

/**
 * The settings of every StarRocks instance that has any other than the default. Reads
 * never wait; writes run one at a time, so a check and the change it allows (a batch of
 * LTS configurations over several instances, a kill of several sessions) see no other
 * write in between. Every write is logged as the instance's settings after it.
 */
@Repository
public class InstanceSettingsRepository implements StarRocksInstanceScoped {

	/** The log record of a write: the instance's settings as they now are. */
	static final String SAVED = InstanceSettingsSnapshots.NAME + ".saved";

	/** The log record of a clearing: the project cleared, or every project. */
	static final String CLEARED = InstanceSettingsSnapshots.NAME + ".cleared";

	private final Map<InstanceKey, InstanceSettings> settings = new ConcurrentHashMap<>();

	private final WriteLog writeLog;

	public InstanceSettingsRepository(WriteLog writeLog) {
		this.writeLog = writeLog;
	}

	/** The instance's settings: the default when nothing was changed. */
	public InstanceSettings read(String projectId, String instanceId) {
		return this.settings.getOrDefault(new InstanceKey(projectId, instanceId), InstanceSettings.DEFAULT);
	}

	/** Every instance of the project with settings of its own, by instance id. */
	public Map<String, InstanceSettings> project(String projectId) {
		Map<String, InstanceSettings> project = new LinkedHashMap<>();
		this.settings.forEach((key, value) -> {
			if (key.projectId().equals(projectId)) {
				project.put(key.instanceId(), value);
			}
		});
		return project;
	}

	/**
	 * Runs {@code work} alone among writes: what it reads through the {@link Writes} is
	 * current, and what it saves is in place when it returns.
	 */
	public synchronized void write(Consumer<Writes> work) {
		work.accept(new Writes());
	}

	/** Every instance's settings, for the state document. */
	public Map<InstanceKey, InstanceSettings> all() {
		return Map.copyOf(this.settings);
	}

	/** Replaces everything at once; the settings must already have passed every check. */
	public synchronized void replaceAll(Map<InstanceKey, InstanceSettings> restored) {
		this.settings.clear();
		this.writeLog.append(CLEARED, () -> new ProjectScope(null));
		restored.forEach(this::put);
	}

	/** Forgets the settings of one project, or of every project when null. */
	public synchronized void clear(String projectId) {
		this.settings.keySet().removeIf((key) -> projectId == null || key.projectId().equals(projectId));
		this.writeLog.append(CLEARED, () -> new ProjectScope(projectId));
	}

	/** A write replayed from the log, or restored: the default removes the entry. */
	synchronized void put(InstanceKey key, InstanceSettings value) {
		if (InstanceSettings.DEFAULT.equals(value)) {
			this.settings.remove(key);
		}
		else {
			this.settings.put(key, value);
		}
		this.writeLog.append(SAVED, () -> InstanceSettingsSnapshots.snapshot(key, value));
	}

	@Override
	public synchronized void forgetInstance(String projectId, String instanceId) {
		InstanceKey key = new InstanceKey(projectId, instanceId);
		if (this.settings.containsKey(key)) {
			put(key, InstanceSettings.DEFAULT);
		}
	}

	/** The settings a write reads and saves. */
	public final class Writes {

		private Writes() {
		}

		public InstanceSettings read(String projectId, String instanceId) {
			return InstanceSettingsRepository.this.read(projectId, instanceId);
		}

		public void save(String projectId, String instanceId, InstanceSettings value) {
			put(new InstanceKey(projectId, instanceId), value);
		}

	}

	/** A StarRocks instance of a project. */
	public record InstanceKey(String projectId, String instanceId) {
	}

}
