package io.github.taurusdbhtapmock.admin.api;

import java.time.Duration;

/**
 * A fault rule for {@link EmulatorAdmin#addFault(Fault)}, built field by field into
 * the {@link FaultDefinition} of {@code POST /_emulator/faults} (docs/control-plane.md):
 * which requests ({@link #on operation}, {@link #path}, {@link #method},
 * {@link #projectId}), what happens ({@link #error}, {@link #delay} or {@link #drop}) and
 * how often ({@link #times}, {@link #probability}). The emulator checks the rule as the
 * endpoint does: a rule it refuses is an {@code AdminException} naming the field.
 *
 * <pre>{@code
 * emulator.addFault(Fault.on("ModifyDataSync").error(500, "DBS.05000000", "Injected.").times(2));
 * emulator.addFault(Fault.on("ListStarRocksDataReplications").drop().probability(0.5));
 * }</pre>
 */
public final class Fault {

	private String operation;

	private String method;

	private String path;

	private String projectId;

	private String effect;

	private Integer status;

	private String errorCode;

	private String errorMsg;

	private Long delayMs;

	private Long delayMaxMs;

	private Integer times;

	private Double probability;

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
		this.operation = operation;
		return this;
	}

	public Fault path(String pathGlob) {
		this.path = pathGlob;
		return this;
	}

	/** GET, POST, PUT, DELETE, in any case. */
	public Fault method(String method) {
		this.method = method;
		return this;
	}

	/** Only requests to this tenant project. */
	public Fault projectId(String projectId) {
		this.projectId = projectId;
		return this;
	}

	/**
	 * Answer with this status and the emulator's own error for it, in the request's
	 * language.
	 */
	public Fault error(int status) {
		this.effect = "error";
		this.status = status;
		return this;
	}

	/** Answer with this status and exactly this error_code and error_msg. */
	public Fault error(int status, String errorCode, String errorMsg) {
		error(status);
		this.errorCode = errorCode;
		this.errorMsg = errorMsg;
		return this;
	}

	/** Answer as usual, this much later. */
	public Fault delay(Duration delay) {
		this.effect = "delay";
		this.delayMs = delay.toMillis();
		return this;
	}

	/** Answer as usual, after a delay drawn evenly from {@code min} to {@code max}. */
	public Fault delay(Duration min, Duration max) {
		delay(min);
		this.delayMaxMs = max.toMillis();
		return this;
	}

	/** Close the connection without an answer. */
	public Fault drop() {
		this.effect = "drop";
		return this;
	}

	/** Fire at most this many times; the rule stays listed, used up. */
	public Fault times(int times) {
		this.times = times;
		return this;
	}

	/** Fire on each matching request with this probability, from 0 to 1. */
	public Fault probability(double probability) {
		this.probability = probability;
		return this;
	}

	/**
	 * The rule as the control plane's contract takes it, for
	 * {@code EmulatorAdmin.addFault}: every field set so far, each as last set (an effect
	 * set after another leaves the first one's fields, which the emulator then refuses).
	 */
	public FaultDefinition definition() {
		return new FaultDefinition(this.operation, this.method, this.path, this.projectId, this.effect, this.status,
				this.errorCode, this.errorMsg, this.delayMs, this.delayMaxMs, this.times, this.probability);
	}

	@Override
	public String toString() {
		return "Fault" + definition();
	}

}
