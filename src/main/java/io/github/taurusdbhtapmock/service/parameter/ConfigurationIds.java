package io.github.taurusdbhtapmock.service.parameter;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The configuration_id of an instance's node type: 32 hexadecimal digits and the suffix
 * {@code pr17}, like the cloud's parameter template ids, derived from the project, the
 * instance and the node type. The same instance always has the same ids, across restarts
 * and imports, without storing them.
 */
final class ConfigurationIds {

	private ConfigurationIds() {
	}

	static String of(String projectId, String instanceId, NodeType nodeType) {
		String key = projectId + "/" + instanceId + "/" + nodeType.wireValue();
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "") + "pr17";
	}

}
