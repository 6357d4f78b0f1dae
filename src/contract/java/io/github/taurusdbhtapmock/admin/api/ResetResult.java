package io.github.taurusdbhtapmock.admin.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code POST /_emulator/reset}: what was reset.
 *
 * @param reset the project id, or {@link #EVERYTHING}
 */
public record ResetResult(@JsonProperty("reset") String reset) {

	/** Every project, the request journal and the fault rules. */
	public static final String EVERYTHING = "*";

}
