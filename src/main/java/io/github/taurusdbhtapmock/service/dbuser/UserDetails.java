package io.github.taurusdbhtapmock.service.dbuser;

import io.github.taurusdbhtapmock.service.dbuser.DatabaseUserService.UserPage;
import io.github.taurusdbhtapmock.service.dbuser.wire.DatabaseUsersResponse;
import io.github.taurusdbhtapmock.service.dbuser.wire.DatabaseUsersResponse.UserDetail;

/** A page of users as ShowStarRocksDatabaseUser answers it: no password in any form. */
final class UserDetails {

	private UserDetails() {
	}

	static DatabaseUsersResponse of(UserPage page) {
		return new DatabaseUsersResponse(page.users()
			.stream()
			.map((user) -> new UserDetail(user.name(), user.databases(), user.databases(), user.dml(), user.ddl()))
			.toList(), page.totalCount());
	}

}
