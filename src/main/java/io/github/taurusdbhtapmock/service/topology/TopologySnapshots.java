package io.github.taurusdbhtapmock.service.topology;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.persistence.LoggedWrite;
import io.github.taurusdbhtapmock.platform.persistence.Restoring;
import io.github.taurusdbhtapmock.platform.persistence.StatePart;
import io.github.taurusdbhtapmock.platform.persistence.StateRefusedException;
import tools.jackson.core.type.TypeReference;

/**
 * The topology's part of the state: every project's instances, in the shape
 * {@code GET /_emulator/topology} shows them. First, since tasks refer to its instances.
 * A restored topology is published as a {@link TopologyView} for the checks of the tasks
 * restored with it.
 */
@Component
@Order(1)
class TopologySnapshots implements StatePart<TopologyProperties> {

	static final String NAME = "topology";

	private final TopologyRepository repository;

	TopologySnapshots(TopologyRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TypeReference<TopologyProperties> type() {
		return new TypeReference<>() {
		};
	}

	@Override
	public TopologyProperties export() {
		return new TopologyProperties(this.repository.export());
	}

	@Override
	public Runnable prepareRestore(TopologyProperties topology, Restoring restoring) {
		TopologyRepository.Replacement replacement;
		try {
			replacement = this.repository.prepareReplacement(topology.projects());
		}
		catch (ApiException ex) {
			throw new StateRefusedException(NAME, ex);
		}
		restoring.publish(TopologyView.class, replacement);
		return replacement::install;
	}

	@Override
	public void replay(LoggedWrite write) {
		if (!TopologyRepository.REPLACED.equals(write.type())) {
			throw write.unknownType();
		}
		this.repository.prepareReplacement(write.data(TopologyProperties.class).projects()).install();
	}

	@Override
	public void reset(String projectId) {
		this.repository.reset(projectId);
	}

}
