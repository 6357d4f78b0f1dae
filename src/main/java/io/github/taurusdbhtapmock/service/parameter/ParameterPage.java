package io.github.taurusdbhtapmock.service.parameter;

import java.time.Instant;
import java.util.List;

/**
 * A page of a node type's parameters, with its configuration's id, when it last changed
 * (null: never), and how many parameters the node type has.
 */
record ParameterPage(String configurationId, Instant updated, int totalCount, List<Value> values) {

	record Value(StarRocksParameter parameter, String value) {
	}

}
