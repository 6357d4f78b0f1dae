package io.github.taurusdbhtapmock.service.parameter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.persistence.LoggedWrite;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.Restoring;
import io.github.taurusdbhtapmock.platform.persistence.StatePart;
import io.github.taurusdbhtapmock.platform.persistence.StateRefusedException;
import io.github.taurusdbhtapmock.service.topology.InstanceStore.InstanceScope;
import io.github.taurusdbhtapmock.service.parameter.ParameterRepository.StoredParameters;
import io.github.taurusdbhtapmock.service.parameter.wire.ParameterSnapshot;
import io.github.taurusdbhtapmock.service.parameter.wire.ParameterSnapshot.Configuration;
import io.github.taurusdbhtapmock.service.parameter.wire.ParameterSnapshot.Pending;
import io.github.taurusdbhtapmock.service.topology.TopologyService;
import io.github.taurusdbhtapmock.service.topology.TopologyView;
import tools.jackson.core.type.TypeReference;

/**
 * The parameters' part of the state ({@code starrocks_parameters}): per instance, the
 * values that differ from the default template. A snapshot is checked as an update would
 * be: its instance exists (in the topology restored with it, when there is one), and
 * every value is one its parameter takes. After the jobs, which a pending change names.
 */
@Component
@Order(5)
class ParameterSnapshots implements StatePart<List<ParameterSnapshot>> {

	static final String NAME = "starrocks_parameters";

	private final TopologyService topology;

	private final ParameterRepository parameters;

	private final ParameterValues values;

	ParameterSnapshots(TopologyService topology, ParameterRepository parameters, ParameterValues values) {
		this.topology = topology;
		this.parameters = parameters;
		this.values = values;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TypeReference<List<ParameterSnapshot>> type() {
		return new TypeReference<>() {
		};
	}

	@Override
	public List<ParameterSnapshot> export() {
		return this.parameters.all()
			.stream()
			.map((stored) -> snapshot(stored.projectId(), stored.instanceId(), stored.parameters()))
			.toList();
	}

	@Override
	public Runnable prepareRestore(List<ParameterSnapshot> snapshots, Restoring restoring) {
		TopologyService topology = restoring.published(TopologyView.class)
			.map(TopologyService::of)
			.orElse(this.topology);
		List<StoredParameters> restored = new ArrayList<>();
		Set<String> instances = new HashSet<>();
		for (int i = 0; i < snapshots.size(); i++) {
			ParameterSnapshot snapshot = snapshots.get(i);
			if (!instances.add(snapshot.projectId() + "/" + snapshot.instanceId())) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-duplicate-parameters", i,
						snapshot.instanceId());
			}
			try {
				topology.requireStarRocksInstance(snapshot.projectId(), snapshot.instanceId());
				restored.add(restore(snapshot));
			}
			catch (ApiException ex) {
				throw new StateRefusedException(NAME + "[" + i + "]", ex);
			}
		}
		return () -> this.parameters.replaceAll(restored);
	}

	@Override
	public void replay(LoggedWrite write) {
		switch (write.type()) {
			case ParameterRepository.SAVED -> this.parameters.restore(restore(write.data(ParameterSnapshot.class)));
			case ParameterRepository.CLEARED -> this.parameters.clear(write.data(ProjectScope.class).projectId());
			case ParameterRepository.INSTANCE_FORGOTTEN -> {
				InstanceScope scope = write.data(InstanceScope.class);
				this.parameters.forgetInstance(scope.projectId(), scope.instanceId());
			}
			default -> throw write.unknownType();
		}
	}

	@Override
	public void reset(String projectId) {
		this.parameters.clear(projectId);
	}

	/** Every value checked as UpdateStarrocksParams checks it. */
	private StoredParameters restore(ParameterSnapshot snapshot) {
		InstanceParameters restored = new InstanceParameters();
		Set<NodeType> seen = new HashSet<>();
		for (Configuration configuration : snapshot.configurations()) {
			NodeType nodeType = NodeType.of(configuration.nodeType());
			if (!seen.add(nodeType)) {
				throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.snapshot-duplicate-node-type",
						configuration.nodeType());
			}
			Map<String, String> checked = this.values.check(nodeType, configuration.values());
			restored.put(nodeType, NodeConfiguration.DEFAULT.with(checked, this.values.catalogue(), nodeType,
					configuration.updated()));
		}
		Pending pending = snapshot.pending();
		if (pending != null) {
			NodeType nodeType = NodeType.of(pending.nodeType());
			restored
				.pending(new PendingChange(pending.jobId(), nodeType, this.values.check(nodeType, pending.values())));
		}
		return new StoredParameters(snapshot.projectId(), snapshot.instanceId(), restored);
	}

	static ParameterSnapshot snapshot(String projectId, String instanceId, InstanceParameters parameters) {
		List<Configuration> configurations = new ArrayList<>();
		for (NodeType nodeType : NodeType.values()) {
			NodeConfiguration configuration = parameters.configuration(nodeType);
			if (configuration.updated() != null) {
				configurations
					.add(new Configuration(nodeType.wireValue(), configuration.changed(), configuration.updated()));
			}
		}
		PendingChange pending = parameters.pending();
		return new ParameterSnapshot(projectId, instanceId, configurations, (pending != null)
				? new Pending(pending.jobId(), pending.nodeType().wireValue(), pending.values()) : null);
	}

}
