package io.github.taurusdbhtapmock.service.parameter;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values one node type of an instance has where they differ from the default
 * template, and when they last changed (null: never).
 */
record NodeConfiguration(Map<String, String> changed, Instant updated) {

	static final NodeConfiguration DEFAULT = new NodeConfiguration(Map.of(), null);

	NodeConfiguration {
		changed = Collections.unmodifiableMap(new TreeMap<>(changed));
	}

	/**
	 * With {@code values} applied at {@code at}: a value equal to the default is no
	 * longer a change.
	 */
	NodeConfiguration with(Map<String, String> values, ParameterCatalogue catalogue, NodeType nodeType, Instant at) {
		Map<String, String> next = new TreeMap<>(this.changed);
		values.forEach((name, value) -> {
			String defaultValue = catalogue.find(nodeType, name).orElseThrow().defaultValue();
			if (defaultValue.equals(value)) {
				next.remove(name);
			}
			else {
				next.put(name, value);
			}
		});
		return new NodeConfiguration(next, at);
	}

	String value(StarRocksParameter parameter) {
		return this.changed.getOrDefault(parameter.name(), parameter.defaultValue());
	}

}
