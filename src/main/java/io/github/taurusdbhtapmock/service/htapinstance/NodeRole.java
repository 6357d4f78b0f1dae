package io.github.taurusdbhtapmock.service.htapinstance;

/**
 * The role of a StarRocks node, with the spellings of the API: node {@code type} and
 * group {@code group_node_type}.
 */
public enum NodeRole {

	FE_LEADER("fe-leader", "fe"), FE_FOLLOWER("fe-follower", "fe"), BE("be", "be");

	private final String type;

	private final String groupType;

	NodeRole(String type, String groupType) {
		this.type = type;
		this.groupType = groupType;
	}

	public String type() {
		return this.type;
	}

	public String groupType() {
		return this.groupType;
	}

}
