package io.github.taurusdbhtapmock.admin.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One exchange as the journal lists it. Every field is always present (null when it does
 * not apply), so a client can rely on the shape: {@code query} and {@code body} are null
 * when the request had none, {@code operation} when it was not routed to an emulated
 * operation, {@code status} when a fault rule dropped the connection instead of replying,
 * {@code fault} when no rule fired.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JournalEntry(@JsonProperty("seq") long seq, @JsonProperty("time") String time,
		@JsonProperty("method") String method, @JsonProperty("path") String path, @JsonProperty("query") String query,
		@JsonProperty("operation") String operation, @JsonProperty("project_id") String projectId,
		@JsonProperty("status") Integer status, @JsonProperty("request_id") String requestId,
		@JsonProperty("duration_ms") long durationMs, @JsonProperty("headers") Map<String, String> headers,
		@JsonProperty("body") String body, @JsonProperty("body_truncated") boolean bodyTruncated,
		@JsonProperty("fault") Fault fault) {

	/** The entry as the journal numbers it. */
	public JournalEntry withSeq(long number) {
		return new JournalEntry(number, this.time, this.method, this.path, this.query, this.operation, this.projectId,
				this.status, this.requestId, this.durationMs, this.headers, this.body, this.bodyTruncated, this.fault);
	}

	/**
	 * The fault rule that fired on the exchange; {@code delay_ms} is the delay it drew
	 * (delay rules only).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Fault(@JsonProperty("id") String id, @JsonProperty("effect") String effect,
			@JsonProperty("delay_ms") Long delayMs) {

		public static final String DROP = "drop";

		/** The rule closed the connection: the client got no reply. */
		public boolean droppedConnection() {
			return DROP.equals(this.effect);
		}

	}

}
