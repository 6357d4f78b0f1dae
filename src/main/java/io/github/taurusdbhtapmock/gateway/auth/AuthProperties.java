package io.github.taurusdbhtapmock.gateway.auth;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;

/**
 * The gateway's credentials ({@code emulator.auth.*}). Access keys and tokens only matter
 * in {@link AuthMode#STRICT}; application.yml configures the demo access key so the
 * README works in every mode.
 */
@Validated
@ConfigurationProperties("emulator.auth")
public record AuthProperties(@DefaultValue("lenient") @NotNull AuthMode mode,
		@DefaultValue("15m") @NotNull Duration maxClockSkew, @DefaultValue List<@Valid @NotNull AccessKey> accessKeys,
		@DefaultValue List<@Valid @NotNull Token> tokens) {

	public Optional<AccessKey> accessKey(String access) {
		return this.accessKeys.stream().filter((key) -> key.access().equals(access)).findFirst();
	}

	public Optional<Token> token(String value) {
		return this.tokens.stream().filter((token) -> token.value().equals(value)).findFirst();
	}

	/**
	 * An AK/SK pair. With projects, the key is bound to those tenant projects and refused
	 * on any other, as an IAM user's key is refused outside the projects the user may
	 * access; without, it may be used on every project.
	 */
	public record AccessKey(@NotBlank String access, @NotBlank String secret,
			@DefaultValue List<@NotNull @ProjectId String> projects) implements Principal {

		/**
		 * Keeps the secret out of logs and startup failure reports that print bound
		 * properties.
		 */
		@Override
		public String toString() {
			return "AccessKey[access=" + this.access + ", secret=******, projects=" + this.projects + "]";
		}

	}

	/**
	 * A token accepted in X-Auth-Token, optionally bound to projects like an access key.
	 */
	public record Token(@NotBlank String value,
			@DefaultValue List<@NotNull @ProjectId String> projects) implements Principal {

		@Override
		public String toString() {
			return "Token[value=******, projects=" + this.projects + "]";
		}

	}

	/**
	 * Whoever a request authenticated as, and the projects it may act on (none listed:
	 * all).
	 */
	public interface Principal {

		List<String> projects();

		default boolean mayAccess(String projectId) {
			return projects().isEmpty() || projects().contains(projectId);
		}

	}

}
