package io.github.taurusdbhtapmock.admin.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code POST /_emulator/reset}: what was reset.
 *
 * @param scope the project id, or {@link #EVERYTHING}
 */
public record ResetResult(@JsonProperty("reset") String scope) {

	/** Every project, the request journal and the fault rules. */
	public static final String EVERYTHING = "*";

}
