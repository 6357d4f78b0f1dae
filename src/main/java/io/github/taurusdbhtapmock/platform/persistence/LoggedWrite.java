package io.github.taurusdbhtapmock.platform.persistence;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One record of the write-ahead log, as its part replays it. */
public final class LoggedWrite {

	private final String type;

	private final JsonNode data;

	private final JsonMapper json;

	LoggedWrite(String type, JsonNode data, JsonMapper json) {
		this.type = type;
		this.data = data;
		this.json = json;
	}

	/** As the part {@link WriteLog#append appended} it: {@code tasks.saved}. */
	public String type() {
		return this.type;
	}

	public <T> T data(Class<T> dataType) {
		return this.json.treeToValue(this.data, dataType);
	}

	/** For a type the part does not know: a log written by another part or version. */
	public IllegalStateException unknownType() {
		return new IllegalStateException("unknown log record type " + this.type);
	}

}
