package io.github.taurusdbhtapmock.service.dbuser.wire;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of CreateStarRocksDatabaseUser (the SDK's StarRocksDatabaseUserInfo). The name and
 * password rules need each other and answer codes of their own, so the service checks
 * them; dml and ddl default to 2 and 0, as documented.
 */
public record CreateDatabaseUserRequest(@JsonProperty("user_name") @NotNull String userName,
		@JsonProperty("password") @NotNull String password,
		@JsonProperty("databases") @Size(max = DatabaseNames.MAX) List<@NotNull @DatabaseNames.Name String> databases,
		@JsonProperty("dml") @JsonDeserialize(using = StrictInteger.class) @Min(0) @Max(3) Integer dml,
		@JsonProperty("ddl") @JsonDeserialize(using = StrictInteger.class) @Min(0) @Max(1) Integer ddl) {

	@Override
	public String toString() {
		// a record's own toString would print the password
		return "CreateDatabaseUserRequest[user_name=" + this.userName + "]";
	}

}
