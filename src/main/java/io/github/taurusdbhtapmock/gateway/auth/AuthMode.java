package io.github.taurusdbhtapmock.gateway.auth;

/**
 * How much of the gateway's credential check the emulator performs
 * ({@code emulator.auth.mode}). The default, {@link #LENIENT}, lets tests use any
 * credentials of the right shape; {@link #STRICT} is for tests that must prove their
 * client signs exactly as the real gateway requires.
 */
public enum AuthMode {

	/** No credentials needed. */
	OFF,

	/**
	 * A non-blank X-Auth-Token, or an SDK-HMAC-SHA256 Authorization header with an
	 * X-Sdk-Date; nothing verified.
	 */
	LENIENT,

	/**
	 * Signatures verified against the configured access keys, tokens looked up in the
	 * configured list.
	 */
	STRICT

}
