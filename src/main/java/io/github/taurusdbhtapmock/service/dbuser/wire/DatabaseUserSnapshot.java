package io.github.taurusdbhtapmock.service.dbuser.wire;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;

/**
 * A database user as the state document and the durable log hold it: the password only as
 * its salted hash, never in clear.
 */
public record DatabaseUserSnapshot(@JsonProperty("project_id") @NotNull @ProjectId String projectId,
		@JsonProperty("instance_id") @NotNull @StarRocksInstanceId String instanceId,
		@JsonProperty("user_name") @NotNull String userName,
		@JsonProperty("password_hash") @NotNull @Pattern(regexp = PASSWORD_HASH,
				message = "{validation.password-hash}") String passwordHash,
		@JsonProperty("databases") @NotNull @Size(
				max = DatabaseNames.MAX) List<@NotNull @DatabaseNames.Name String> databases,
		@JsonProperty("dml") @NotNull @Min(0) @Max(3) Integer dml,
		@JsonProperty("ddl") @NotNull @Min(0) @Max(1) Integer ddl, @JsonProperty("created") @NotNull Instant created) {

	/** PBKDF2 with HMAC-SHA256: iterations, salt and key, the last two in Base64. */
	public static final String PASSWORD_HASH = "pbkdf2-sha256\\$[1-9][0-9]{0,6}\\$[A-Za-z0-9+/=]{4,64}\\$[A-Za-z0-9+/=]{4,128}";

}
