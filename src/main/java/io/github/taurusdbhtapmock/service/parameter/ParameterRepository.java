package io.github.taurusdbhtapmock.service.parameter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Repository;

import io.github.taurusdbhtapmock.platform.persistence.WriteLog;
import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.service.job.JobRepository;
import io.github.taurusdbhtapmock.service.job.JobStatus;
import io.github.taurusdbhtapmock.service.topology.InstanceStore;
import io.github.taurusdbhtapmock.service.topology.InstanceStore.InstanceKey;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstanceScoped;

/**
 * The parameters of StarRocks instances, by tenant project and instance: only what
 * differs from the default template, so an instance nobody configured holds nothing, in
 * an {@link InstanceStore}. Work on one instance runs under its lock, after the change of
 * a job that has ended is settled: applied when the job completed (or is no longer kept),
 * dropped when it failed. The size is bounded by the instances and the catalogue, so it
 * needs no quota of its own.
 */
@Repository
public class ParameterRepository implements StarRocksInstanceScoped {

	/** The log record of an instance's write: its parameters as they now are. */
	static final String SAVED = ParameterSnapshots.NAME + ".saved";

	/** The log record of a clearing: the project cleared, or every project. */
	static final String CLEARED = ParameterSnapshots.NAME + ".cleared";

	/** The log record of an instance whose parameters went with it. */
	static final String INSTANCE_FORGOTTEN = ParameterSnapshots.NAME + ".instance-forgotten";

	private final InstanceStore<InstanceParameters> instances;

	private final WriteLog writeLog;

	private final JobRepository jobs;

	private final ParameterCatalogue catalogue;

	private final Clock clock;

	ParameterRepository(WriteLog writeLog, JobRepository jobs, ParameterCatalogue catalogue, Clock clock) {
		this.instances = new InstanceStore<>(writeLog, CLEARED, (key) -> new InstanceParameters());
		this.writeLog = writeLog;
		this.jobs = jobs;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** Runs {@code work} on the instance's parameters, settled to now, under its lock. */
	<T> T withInstance(String projectId, String instanceId, Function<InstanceParameters, T> work) {
		return this.instances.withInstance(projectId, instanceId, (parameters) -> {
			settle(projectId, parameters);
			return work.apply(parameters);
		});
	}

	/** Records the instance's parameters as they now are; under its lock. */
	void saved(String projectId, String instanceId, InstanceParameters parameters) {
		this.writeLog.append(SAVED, () -> ParameterSnapshots.snapshot(projectId, instanceId, parameters));
	}

	/** Every instance that holds more than the defaults, settled to now. */
	List<StoredParameters> all() {
		List<StoredParameters> all = new ArrayList<>();
		for (InstanceKey key : this.instances.instances()) {
			withInstance(key.projectId(), key.instanceId(), (parameters) -> {
				if (!parameters.isDefault()) {
					all.add(new StoredParameters(key.projectId(), key.instanceId(), parameters));
				}
				return null;
			});
		}
		return all;
	}

	@Override
	public void forgetInstance(String projectId, String instanceId) {
		this.instances.forgetInstance(projectId, instanceId, INSTANCE_FORGOTTEN);
	}

	void clear(String projectId) {
		this.instances.clear(projectId);
	}

	/** Replaces every instance's parameters at once; they have passed every check. */
	void replaceAll(List<StoredParameters> stored) {
		this.instances.replaceAll(() -> {
			for (StoredParameters one : stored) {
				this.instances.put(one.projectId(), one.instanceId(), one.parameters());
				saved(one.projectId(), one.instanceId(), one.parameters());
			}
		});
	}

	/** Puts one instance's parameters back as a log record has them. */
	void restore(StoredParameters stored) {
		this.instances.put(stored.projectId(), stored.instanceId(), stored.parameters());
	}

	private void settle(String projectId, InstanceParameters parameters) {
		PendingChange pending = parameters.pending();
		if (pending == null) {
			return;
		}
		Instant now = this.clock.instant();
		Optional<Job> job = this.jobs.find(projectId, pending.jobId());
		JobStatus status = job.map((found) -> found.status(now)).orElse(JobStatus.COMPLETED);
		if (status == JobStatus.RUNNING) {
			return;
		}
		if (status == JobStatus.COMPLETED) {
			Instant at = job.map((found) -> found.completesAt()).orElse(now);
			parameters.put(pending.nodeType(), parameters.configuration(pending.nodeType())
				.with(pending.values(), this.catalogue, pending.nodeType(), at));
		}
		parameters.pending(null);
	}

	/** An instance's parameters and the instance. */
	record StoredParameters(String projectId, String instanceId, InstanceParameters parameters) {
	}

}
