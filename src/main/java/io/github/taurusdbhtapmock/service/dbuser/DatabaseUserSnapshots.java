package io.github.taurusdbhtapmock.service.dbuser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.capacity.CapacityProperties;
import io.github.taurusdbhtapmock.platform.capacity.StateBudget;
import io.github.taurusdbhtapmock.platform.capacity.StateItem;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.persistence.LoggedWrite;
import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.Restoring;
import io.github.taurusdbhtapmock.platform.persistence.StatePart;
import io.github.taurusdbhtapmock.platform.persistence.StateRefusedException;
import io.github.taurusdbhtapmock.service.topology.InstanceStore.InstanceScope;
import io.github.taurusdbhtapmock.service.dbuser.DatabaseUserRepository.RemovedUser;
import io.github.taurusdbhtapmock.service.dbuser.DatabaseUserRepository.StoredUser;
import io.github.taurusdbhtapmock.service.dbuser.wire.DatabaseUserSnapshot;
import io.github.taurusdbhtapmock.service.topology.TopologyService;
import io.github.taurusdbhtapmock.service.topology.TopologyView;
import tools.jackson.core.type.TypeReference;

/**
 * The database users' part of the state ({@code database_users}): each user with its
 * password as the salted hash only. A snapshot is checked as a create would be: its
 * instance exists (in the topology restored with it, when there is one), its name is
 * valid and unique on the instance, and an instance holds at most its quota. After the
 * jobs.
 */
@Component
@Order(4)
class DatabaseUserSnapshots implements StatePart<List<DatabaseUserSnapshot>> {

	static final String NAME = "database_users";

	private final TopologyService topology;

	private final DatabaseUserRepository users;

	private final CredentialRules rules;

	private final CapacityProperties capacity;

	private final StateBudget budget;

	DatabaseUserSnapshots(TopologyService topology, DatabaseUserRepository users, CredentialRules rules,
			CapacityProperties capacity, StateBudget budget) {
		this.topology = topology;
		this.users = users;
		this.rules = rules;
		this.capacity = capacity;
		this.budget = budget;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TypeReference<List<DatabaseUserSnapshot>> type() {
		return new TypeReference<>() {
		};
	}

	@Override
	public List<DatabaseUserSnapshot> export() {
		return this.users.all().stream().map(DatabaseUserSnapshots::snapshot).toList();
	}

	@Override
	public Runnable prepareRestore(List<DatabaseUserSnapshot> snapshots, Restoring restoring) {
		TopologyService topology = restoring.published(TopologyView.class)
			.map(TopologyService::of)
			.orElse(this.topology);
		List<StoredUser> restored = new ArrayList<>();
		Set<String> names = new HashSet<>();
		Map<String, Integer> perInstance = new HashMap<>();
		for (int i = 0; i < snapshots.size(); i++) {
			DatabaseUserSnapshot snapshot = snapshots.get(i);
			String instanceKey = snapshot.projectId() + "/" + snapshot.instanceId();
			try {
				topology.requireStarRocksInstance(snapshot.projectId(), snapshot.instanceId());
				this.rules.requireValidName(snapshot.userName());
			}
			catch (ApiException ex) {
				throw new StateRefusedException(NAME + "[" + i + "]", ex);
			}
			if (!names.add(instanceKey + "/" + snapshot.userName())) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.snapshot-duplicate-user", i,
						snapshot.userName());
			}
			if (perInstance.merge(instanceKey, 1, Integer::sum) > this.capacity.usersPerInstance()) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.users-per-instance",
						snapshot.instanceId(), Integer.toString(this.capacity.usersPerInstance()));
			}
			restored.add(restore(snapshot));
		}
		// the users replace those held now, so only what is held apart from them counts
		long others = this.budget.usage().counts().getOrDefault(StateItem.DATABASE_USER, 0L);
		this.budget.requireRoom(StateItem.DATABASE_USER, Math.max(0, restored.size() - others));
		return () -> this.users.replaceAll(restored);
	}

	@Override
	public void replay(LoggedWrite write) {
		switch (write.type()) {
			case DatabaseUserRepository.SAVED -> {
				StoredUser stored = restore(write.data(DatabaseUserSnapshot.class));
				this.users.withInstance(stored.projectId(), stored.instanceId(), (users) -> {
					users.restore(stored.user());
					return null;
				});
			}
			case DatabaseUserRepository.REMOVED -> {
				RemovedUser removed = write.data(RemovedUser.class);
				this.users.withInstance(removed.projectId(), removed.instanceId(), (users) -> {
					users.forget(removed.userName());
					return null;
				});
			}
			case DatabaseUserRepository.CLEARED -> this.users.clear(write.data(ProjectScope.class).projectId());
			case DatabaseUserRepository.INSTANCE_FORGOTTEN -> {
				InstanceScope scope = write.data(InstanceScope.class);
				this.users.forgetInstance(scope.projectId(), scope.instanceId());
			}
			default -> throw write.unknownType();
		}
	}

	@Override
	public void reset(String projectId) {
		this.users.clear(projectId);
	}

	private static StoredUser restore(DatabaseUserSnapshot snapshot) {
		return new StoredUser(snapshot.projectId(), snapshot.instanceId(), new DatabaseUser(snapshot.userName(),
				snapshot.passwordHash(), snapshot.databases(), snapshot.dml(), snapshot.ddl(), snapshot.created()));
	}

	static DatabaseUserSnapshot snapshot(StoredUser stored) {
		DatabaseUser user = stored.user();
		return new DatabaseUserSnapshot(stored.projectId(), stored.instanceId(), user.name(), user.passwordHash(),
				user.databases(), user.dml(), user.ddl(), user.created());
	}

}
