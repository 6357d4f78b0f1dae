package io.github.taurusdbhtapmock.service.dbuser.wire;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of UpdateStarRocksDatabaseUserPassword (the SDK's StarRocksDatabaseUserPWinfo).
 */
public record UpdatePasswordRequest(@JsonProperty("user_name") @NotNull String userName,
		@JsonProperty("password") @NotNull String password) {

	@Override
	public String toString() {
		// a record's own toString would print the password
		return "UpdatePasswordRequest[user_name=" + this.userName + "]";
	}

}
