package io.github.taurusdbhtapmock.service.dbuser.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The reply of ShowStarRocksDatabaseUser. Each user's databases are given twice: as
 * {@code data_bases}, the SDK's name, and as {@code databases}, the name the Terraform
 * provider reads. dml, ddl and total_count are JSON numbers (the SDK's Integer).
 */
public record DatabaseUsersResponse(@JsonProperty("user_details") List<UserDetail> userDetails,
		@JsonProperty("total_count") int totalCount) {

	/** One user, without its password in any form. */
	public record UserDetail(@JsonProperty("user_name") String userName,
			@JsonProperty("data_bases") List<String> dataBases, @JsonProperty("databases") List<String> databases,
			@JsonProperty("dml") int dml, @JsonProperty("ddl") int ddl) {
	}

}
