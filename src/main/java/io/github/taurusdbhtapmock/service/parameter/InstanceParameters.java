package io.github.taurusdbhtapmock.service.parameter;

import java.util.EnumMap;
import java.util.Map;

/**
 * The parameters of one StarRocks instance: per node type, what differs from the default
 * template, and the change a running job is making. Used only under the instance's lock.
 */
public final class InstanceParameters {

	private final Map<NodeType, NodeConfiguration> configurations = new EnumMap<>(NodeType.class);

	private PendingChange pending;

	NodeConfiguration configuration(NodeType nodeType) {
		return this.configurations.getOrDefault(nodeType, NodeConfiguration.DEFAULT);
	}

	void put(NodeType nodeType, NodeConfiguration configuration) {
		this.configurations.put(nodeType, configuration);
	}

	PendingChange pending() {
		return this.pending;
	}

	void pending(PendingChange change) {
		this.pending = change;
	}

	/** Whether it holds nothing but the defaults. */
	boolean isDefault() {
		return this.pending == null && this.configurations.values().stream().allMatch((c) -> c.updated() == null);
	}

}
