package io.github.taurusdbhtapmock.service.parameter;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change of parameters its job has not finished yet: applied when the job completes,
 * dropped when it fails.
 */
record PendingChange(String jobId, NodeType nodeType, Map<String, String> values) {

	PendingChange {
		values = Collections.unmodifiableMap(new TreeMap<>(values));
	}

}
