package io.github.taurusdbhtapmock.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The test control plane under {@code /_emulator}: on by default; off answers as if it
 * did not exist; with a token, every call must send it in X-Emulator-Token
 * ({@code emulator.control-plane.*}, env EMULATOR_CONTROLPLANE_ENABLED,
 * EMULATOR_CONTROLPLANE_TOKEN).
 */
@ConfigurationProperties("emulator.control-plane")
public record ControlPlaneProperties(@DefaultValue("true") boolean enabled, @DefaultValue("") String token) {

	public static final String PATH_PREFIX = "/_emulator";

	public static final String TOKEN_HEADER = "X-Emulator-Token";

	public boolean requiresToken() {
		return !this.token.isEmpty();
	}

}
