package io.github.taurusdbhtapmock.platform.error;

import java.time.Duration;
import java.util.List;

/**
 * A request the emulator refuses. The answer's error_msg is the code's documented
 * sentence followed by {@link #detail()}, a localized explanation built from a message
 * key and its arguments.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode errorCode;

	private final Detail detail;

	private Duration retryAfter;

	public ApiException(ErrorCode errorCode, String detailKey, Object... detailArgs) {
		this(errorCode, new Detail(detailKey, List.of(detailArgs)));
	}

	public ApiException(ErrorCode errorCode, Detail detail) {
		super(errorCode.code() + (detail != null ? " " + detail.key() : ""));
		this.errorCode = errorCode;
		this.detail = detail;
	}

	public static ApiException withoutDetail(ErrorCode errorCode) {
		return new ApiException(errorCode, (Detail) null);
	}

	public ErrorCode errorCode() {
		return this.errorCode;
	}

	public Detail detail() {
		return this.detail;
	}

	/**
	 * A refusal that passes on its own, such as one waiting for running jobs to end: the
	 * reply tells the client when to retry ({@code Retry-After}, whole seconds, at least
	 * one).
	 */
	public ApiException retryAfter(Duration wait) {
		this.retryAfter = wait;
		return this;
	}

	/** When to retry, or null. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * A message key and its arguments, resolved in the request's language when the answer
	 * is written.
	 */
	public record Detail(String key, List<Object> args) {

		public Object[] argsArray() {
			return this.args.toArray();
		}

	}

}
