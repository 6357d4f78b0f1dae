package io.github.taurusdbhtapmock.service.dbuser;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.service.dbuser.wire.CreateDatabaseUserRequest;
import io.github.taurusdbhtapmock.service.dbuser.wire.DatabaseUsersResponse;
import io.github.taurusdbhtapmock.service.dbuser.wire.ResultResponse;
import io.github.taurusdbhtapmock.service.dbuser.wire.UpdatePasswordRequest;
import io.github.taurusdbhtapmock.service.dbuser.wire.UpdatePermissionRequest;
import io.github.taurusdbhtapmock.service.dbuser.wire.UserSyncRequest;
import io.github.taurusdbhtapmock.service.dbuser.wire.UserSyncResponse;
import io.github.taurusdbhtapmock.service.validation.PageLimit;
import io.github.taurusdbhtapmock.service.validation.PageOffset;

/**
 * HTTP mapping of the database user operations of a StarRocks instance, named as the SDK
 * names them. The {instance_id} is the StarRocks instance.
 */
@RestController
@RequestMapping(path = DatabaseUserController.BASE_PATH, produces = ApiMediaType.JSON_UTF8_VALUE)
class DatabaseUserController {

	static final String BASE_PATH = "/v3/{project_id}/instances/{instance_id}/starrocks/users";

	/** Not documented for this list; the most a page may hold, as the provider asks. */
	private static final int DEFAULT_LIMIT = 100;

	private final DatabaseUserService service;

	DatabaseUserController(DatabaseUserService service) {
		this.service = service;
	}

	@PostMapping
	@SdkOperation("CreateStarRocksDatabaseUser")
	ResultResponse create(InstancePath path, @Valid @RequestBody CreateDatabaseUserRequest body) {
		this.service.create(path, body);
		return ResultResponse.SUCCESS;
	}

	@GetMapping
	@SdkOperation("ShowStarRocksDatabaseUser")
	DatabaseUsersResponse list(InstancePath path, @RequestParam(name = "user_name", required = false) String userName,
			@RequestParam(name = "limit", required = false) @PageLimit String limit,
			@RequestParam(name = "offset", required = false) @PageOffset String offset) {
		return UserDetails.of(this.service.list(path, userName, (offset != null) ? Integer.parseInt(offset) : 0,
				(limit != null) ? Integer.parseInt(limit) : DEFAULT_LIMIT));
	}

	@PutMapping("/password")
	@SdkOperation("UpdateStarRocksDatabaseUserPassword")
	ResultResponse updatePassword(InstancePath path, @Valid @RequestBody UpdatePasswordRequest body) {
		this.service.updatePassword(path, body);
		return ResultResponse.SUCCESS;
	}

	@PutMapping("/permission")
	@SdkOperation("UpdateStarRocksDatabaseUserPermission")
	ResultResponse updatePermission(InstancePath path, @Valid @RequestBody UpdatePermissionRequest body) {
		this.service.updatePermission(path, body);
		return ResultResponse.SUCCESS;
	}

	/**
	 * DeleteStarRocksDatabaseUser: the user travels in the query, as the SDK sends it.
	 */
	@DeleteMapping
	@SdkOperation("DeleteStarRocksDatabaseUser")
	ResultResponse delete(InstancePath path,
			@RequestParam(name = "user_name", required = false) @NotNull String userName) {
		this.service.delete(path, userName);
		return ResultResponse.SUCCESS;
	}

	@PostMapping("/sync")
	@SdkOperation("SyncStarRocksUsers")
	UserSyncResponse sync(InstancePath path, @Valid @RequestBody UserSyncRequest body) {
		this.service.sync(path, body.action());
		return new UserSyncResponse(true);
	}

}
