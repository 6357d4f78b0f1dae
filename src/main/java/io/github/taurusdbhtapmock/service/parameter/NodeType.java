package io.github.taurusdbhtapmock.service.parameter;

/** The node types whose parameters are configured apart: frontends and backends. */
enum NodeType {

	FE("fe"), BE("be");

	private final String wireValue;

	NodeType(String wireValue) {
		this.wireValue = wireValue;
	}

	String wireValue() {
		return this.wireValue;
	}

	/** The node type of a value the wire rules have already checked. */
	static NodeType of(String wireValue) {
		for (NodeType type : values()) {
			if (type.wireValue.equals(wireValue)) {
				return type;
			}
		}
		throw new IllegalArgumentException("not a node type: " + wireValue);
	}

}
