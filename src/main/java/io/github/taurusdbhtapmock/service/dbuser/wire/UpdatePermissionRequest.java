package io.github.taurusdbhtapmock.service.dbuser.wire;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of UpdateStarRocksDatabaseUserPermission (the SDK's StarRocksDatabaseUserPSinfo):
 * the user and only what changes, as the Terraform provider sends it. What is absent is
 * kept.
 */
public record UpdatePermissionRequest(@JsonProperty("user_name") @NotNull String userName,
		@JsonProperty("databases") @Size(max = DatabaseNames.MAX) List<@NotNull @DatabaseNames.Name String> databases,
		@JsonProperty("dml") @JsonDeserialize(using = StrictInteger.class) @Min(0) @Max(3) Integer dml,
		@JsonProperty("ddl") @JsonDeserialize(using = StrictInteger.class) @Min(0) @Max(1) Integer ddl) {

	/** Whether the request changes anything at all. */
	public boolean changesNothing() {
		return this.databases == null && this.dml == null && this.ddl == null;
	}

}
