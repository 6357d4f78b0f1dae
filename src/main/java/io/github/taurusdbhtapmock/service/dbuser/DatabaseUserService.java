package io.github.taurusdbhtapmock.service.dbuser;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.github.taurusdbhtapmock.platform.capacity.CapacityProperties;
import io.github.taurusdbhtapmock.platform.capacity.StateBudget;
import io.github.taurusdbhtapmock.platform.capacity.StateItem;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.service.dbuser.wire.CreateDatabaseUserRequest;
import io.github.taurusdbhtapmock.service.dbuser.wire.UpdatePasswordRequest;
import io.github.taurusdbhtapmock.service.dbuser.wire.UpdatePermissionRequest;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyService;

/**
 * The rules of the database user operations. Every write is synchronous on the real
 * service (its reply is {@code result}, no job), so it takes effect before the reply. In
 * the documented order: the instance, the body's fields, the name's rules, the user's
 * existence, the password's strength, the quota.
 */
@Service
class DatabaseUserService {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUserService.class);

	/** The documented defaults of dml (read only and SET) and ddl (none). */
	static final int DEFAULT_DML = 2;

	static final int DEFAULT_DDL = 0;

	private final TopologyService topology;

	private final DatabaseUserRepository users;

	private final CredentialRules rules;

	private final PasswordHasher hasher;

	private final CapacityProperties capacity;

	private final StateBudget budget;

	private final Clock clock;

	DatabaseUserService(TopologyService topology, DatabaseUserRepository users, CredentialRules rules,
			PasswordHasher hasher, CapacityProperties capacity, StateBudget budget, Clock clock) {
		this.topology = topology;
		this.users = users;
		this.rules = rules;
		this.hasher = hasher;
		this.capacity = capacity;
		this.budget = budget;
		this.clock = clock;
	}

	void create(InstancePath path, CreateDatabaseUserRequest request) {
		requireInstance(path);
		this.rules.requireValidName(request.userName());
		this.rules.requireStrongPassword(request.userName(), request.password());
		this.users.withInstance(path.projectId(), path.instanceId(), (instanceUsers) -> {
			if (instanceUsers.find(request.userName()).isPresent()) {
				throw new ApiException(ErrorCode.DATABASE_USER_EXISTS, "detail.user-exists", request.userName(),
						path.instanceId());
			}
			if (instanceUsers.size() >= this.capacity.usersPerInstance()) {
				throw new ApiException(ErrorCode.DATABASE_USER_QUOTA_EXCEEDED, "detail.users-per-instance",
						path.instanceId(), Integer.toString(this.capacity.usersPerInstance()));
			}
			this.budget.requireRoom(StateItem.DATABASE_USER, 1);
			instanceUsers.save(new DatabaseUser(request.userName(), this.hasher.hash(request.password()),
					databases(request.databases()), (request.dml() != null) ? request.dml() : DEFAULT_DML,
					(request.ddl() != null) ? request.ddl() : DEFAULT_DDL, this.clock.instant()));
			return null;
		});
		log.info("Database user '{}' created on StarRocks instance {}", request.userName(), path.instanceId());
	}

	/** The users, filtered by exact name when one is given, and one page of them. */
	UserPage list(InstancePath path, String userName, int offset, int limit) {
		requireInstance(path);
		List<DatabaseUser> matching = this.users.withInstance(path.projectId(), path.instanceId(), InstanceUsers::all);
		if (userName != null && !userName.isEmpty()) {
			matching = matching.stream().filter((user) -> user.name().equals(userName)).toList();
		}
		int from = Math.min(offset, matching.size());
		return new UserPage(matching.subList(from, Math.min(matching.size(), from + limit)), matching.size());
	}

	/**
	 * A new password for a user, or for root, the instance's own account (the Terraform
	 * provider changes db_root_pwd this way), whose password the emulator does not keep.
	 */
	void updatePassword(InstancePath path, UpdatePasswordRequest request) {
		requireInstance(path);
		if (CredentialRules.ROOT.equals(request.userName())) {
			this.rules.requireStrongPassword(request.userName(), request.password());
			log.info("Password of root changed on StarRocks instance {}", path.instanceId());
			return;
		}
		this.rules.requireNotReserved(request.userName());
		this.users.withInstance(path.projectId(), path.instanceId(), (instanceUsers) -> {
			DatabaseUser user = require(instanceUsers, path, request.userName());
			this.rules.requireStrongPassword(request.userName(), request.password());
			instanceUsers.save(user.withPasswordHash(this.hasher.hash(request.password())));
			return null;
		});
		log.info("Password of database user '{}' changed on StarRocks instance {}", request.userName(),
				path.instanceId());
	}

	void updatePermission(InstancePath path, UpdatePermissionRequest request) {
		requireInstance(path);
		this.rules.requireNotReserved(request.userName());
		if (request.changesNothing()) {
			throw new ApiException(ErrorCode.PARAMETER_ERROR, "detail.permission-nothing-to-change");
		}
		this.users.withInstance(path.projectId(), path.instanceId(), (instanceUsers) -> {
			DatabaseUser user = require(instanceUsers, path, request.userName());
			instanceUsers
				.save(user.withPrivileges((request.databases() != null) ? databases(request.databases()) : null,
						request.dml(), request.ddl()));
			return null;
		});
	}

	void delete(InstancePath path, String userName) {
		requireInstance(path);
		this.rules.requireNotReserved(userName);
		this.users.withInstance(path.projectId(), path.instanceId(), (instanceUsers) -> {
			require(instanceUsers, path, userName);
			instanceUsers.remove(userName);
			return null;
		});
		log.info("Database user '{}' deleted from StarRocks instance {}", userName, path.instanceId());
	}

	/**
	 * Starts or stops the synchronization of the TaurusDB instance's accounts. The
	 * emulator does not model those accounts, so it checks the instance and the action
	 * and reports success; the users it lists are the ones created through the API.
	 */
	void sync(InstancePath path, String action) {
		requireInstance(path);
		log.info("Account synchronization of StarRocks instance {}: {}", path.instanceId(), action);
	}

	private StarRocksInstance requireInstance(InstancePath path) {
		return this.topology.requireStarRocksInstance(path.projectId(), path.instanceId());
	}

	private static DatabaseUser require(InstanceUsers instanceUsers, InstancePath path, String userName) {
		return instanceUsers.find(userName)
			.orElseThrow(() -> new ApiException(ErrorCode.DATABASE_USER_NOT_FOUND, "detail.user-not-found", userName,
					path.instanceId()));
	}

	/** Each database once, in the order given. */
	private static List<String> databases(List<String> requested) {
		return (requested != null) ? List.copyOf(new LinkedHashSet<>(requested)) : List.of();
	}

	/** A page of users and how many matched in all. */
	record UserPage(List<DatabaseUser> users, int totalCount) {
	}

}
