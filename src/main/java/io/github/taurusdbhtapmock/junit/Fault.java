package io.github.taurusdbhtapmock.junit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault rule for {@link TaurusHtapEmulator#addFault(Fault)}, field by field the body of
 * {@code POST /_emulator/faults} (docs/control-plane.md): which requests ({@link #on
 * operation}, {@link #path}, {@link #method}, {@link #projectId}), what happens
 * ({@link #error}, {@link #delay} or {@link #drop}) and how often ({@link #times},
 * {@link #probability}). The emulator checks the rule as the endpoint does: a rule it
 * refuses is an {@code EmulatorControlException} naming the field.
 *
 * <pre>{@code
 * emulator.addFault(Fault.on("ModifyDataSync").error(500, "DBS.05000000", "Injected.").times(2));
 * emulator.addFault(Fault.on("ListStarRocksDataReplications").drop().probability(0.5));
 * }</pre>
 */
public final class Fault {

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private Fault() {
	}

	/** Requests of one SDK operation, e.g. {@code ModifyDataSync}. */
	public static Fault on(String operation) {
		return new Fault().operation(operation);
	}

	/** Requests whose path matches a glob, e.g. {@code /v3/*}{@code /jobs}. */
	public static Fault onPath(String pathGlob) {
		return new Fault().path(pathGlob);
	}

	public Fault operation(String operation) {
		return set("operation", operation);
	}

	public Fault path(String pathGlob) {
		return set("path", pathGlob);
	}

	/** GET, POST, PUT, DELETE, in any case. */
	public Fault method(String method) {
		return set("method", method);
	}

	/** Only requests to this tenant project. */
	public Fault projectId(String projectId) {
		return set("project_id", projectId);
	}

	/**
	 * Answer with this status and the emulator's own error for it, in the request's
	 * language.
	 */
	public Fault error(int status) {
		return set("effect", "error").set("status", status);
	}

	/** Answer with this status and exactly this error_code and error_msg. */
	public Fault error(int status, String errorCode, String errorMsg) {
		return error(status).set("error_code", errorCode).set("error_msg", errorMsg);
	}

	/** Answer as usual, this much later. */
	public Fault delay(Duration delay) {
		return set("effect", "delay").set("delay_ms", delay.toMillis());
	}

	/** Answer as usual, after a delay drawn evenly from {@code min} to {@code max}. */
	public Fault delay(Duration min, Duration max) {
		return delay(min).set("delay_max_ms", max.toMillis());
	}

	/** Close the connection without an answer. */
	public Fault drop() {
		return set("effect", "drop");
	}

	/** Fire at most this many times; the rule stays listed, used up. */
	public Fault times(int times) {
		return set("times", times);
	}

	/** Fire on each matching request with this probability, from 0 to 1. */
	public Fault probability(double probability) {
		return set("probability", probability);
	}

	/** The body of POST /_emulator/faults this rule stands for. */
	Map<String, Object> fields() {
		return new LinkedHashMap<>(this.fields);
	}

	private Fault set(String field, Object value) {
		this.fields.put(field, value);
		return this;
	}

	@Override
	public String toString() {
		return "Fault" + this.fields;
	}

}
