package io.github.taurusdbhtapmock.service.parameter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.capacity.StateBudget;
import io.github.taurusdbhtapmock.platform.capacity.StateItem;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.service.job.JobService;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * The rules of the parameter operations. A change is a job, as on the real service: its
 * reply carries the job's id, and the new values show once the job has completed (a
 * failed job changes nothing). One change at a time per instance: another write while a
 * job runs is refused with 409 DBS.200019, which the Terraform provider waits on and
 * retries.
 */
@Service
class ParameterService {

	private static final Logger log = LoggerFactory.getLogger(ParameterService.class);

	private final TopologyService topology;

	private final TopologyRepository instances;

	private final ParameterRepository parameters;

	private final ParameterCatalogue catalogue;

	private final ParameterValues values;

	private final JobService jobs;

	private final StateBudget budget;

	private final Clock clock;

	ParameterService(TopologyService topology, TopologyRepository instances, ParameterRepository parameters,
			ParameterCatalogue catalogue, ParameterValues values, JobService jobs, StateBudget budget, Clock clock) {
		this.topology = topology;
		this.instances = instances;
		this.parameters = parameters;
		this.catalogue = catalogue;
		this.values = values;
		this.jobs = jobs;
		this.budget = budget;
		this.clock = clock;
	}

	/** One page of a node type's parameters, with their values now. */
	ParameterPage show(InstancePath path, NodeType nodeType, int offset, int limit) {
		this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		NodeConfiguration configuration = this.parameters.withInstance(path.projectId(), path.instanceId(),
				(instance) -> instance.configuration(nodeType));
		List<StarRocksParameter> all = this.catalogue.parameters(nodeType);
		int from = Math.min(offset, all.size());
		List<ParameterPage.Value> page = all.subList(from, Math.min(all.size(), from + limit))
			.stream()
			.map((parameter) -> new ParameterPage.Value(parameter, configuration.value(parameter)))
			.toList();
		return new ParameterPage(ConfigurationIds.of(path.projectId(), path.instanceId(), nodeType),
				configuration.updated(), all.size(), page);
	}

	/**
	 * Starts the job that applies the values, all checked first. restart_required: one of
	 * the values changes a parameter that takes effect only after a restart.
	 */
	UpdateOutcome update(InstancePath path, NodeType nodeType, Map<String, String> requested) {
		StarRocksInstance instance = this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
		Map<String, String> checked = this.values.check(nodeType, requested);
		return this.parameters.withInstance(path.projectId(), path.instanceId(), (parameters) -> {
			if (parameters.pending() != null) {
				throw new ApiException(ErrorCode.PARAMETERS_BUSY, "detail.parameters-busy", path.instanceId(),
						parameters.pending().jobId());
			}
			NodeConfiguration current = parameters.configuration(nodeType);
			boolean restartRequired = checked.entrySet()
				.stream()
				.anyMatch((value) -> this.catalogue.find(nodeType, value.getKey()).orElseThrow().restartRequired()
						&& !value.getValue()
							.equals(current.value(this.catalogue.find(nodeType, value.getKey()).orElseThrow())));
			this.budget.requireRoom(StateItem.JOB, 1);
			Instant now = this.clock.instant();
			Job job = this.jobs.start(path.projectId(), path.instanceId(), instance.name(), "UpdateStarrocksParams",
					null, now);
			parameters.pending(new PendingChange(job.id(), nodeType, checked));
			this.parameters.saved(path.projectId(), path.instanceId(), parameters);
			log.info("Parameters {} of the {} nodes of StarRocks instance {} changing in job {}", checked.keySet(),
					nodeType.wireValue(), path.instanceId(), job.id());
			return new UpdateOutcome(job.id(), restartRequired);
		});
	}

	/**
	 * The parameters of a configuration that differ from the default template, in name
	 * order: source is the configuration, target the template.
	 */
	List<Difference> compare(String projectId, String configurationId) {
		for (StarRocksInstance instance : this.instances.starRocksInstances(projectId)) {
			for (NodeType nodeType : NodeType.values()) {
				if (ConfigurationIds.of(projectId, instance.id(), nodeType).equals(configurationId)) {
					return differences(projectId, instance.id(), nodeType);
				}
			}
		}
		throw new ApiException(ErrorCode.CONFIGURATION_NOT_FOUND, "detail.configuration-not-found", configurationId,
				projectId);
	}

	private List<Difference> differences(String projectId, String instanceId, NodeType nodeType) {
		NodeConfiguration configuration = this.parameters.withInstance(projectId, instanceId,
				(instance) -> instance.configuration(nodeType));
		List<Difference> differences = new ArrayList<>();
		configuration.changed()
			.forEach((name, value) -> differences
				.add(new Difference(name, value, this.catalogue.find(nodeType, name).orElseThrow().defaultValue())));
		return differences;
	}

	record UpdateOutcome(String jobId, boolean restartRequired) {
	}

	record Difference(String name, String sourceValue, String targetValue) {
	}

}
