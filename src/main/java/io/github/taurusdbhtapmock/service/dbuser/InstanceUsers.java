package io.github.taurusdbhtapmock.service.dbuser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The database users of one StarRocks instance, by name. Used only under the instance's
 * lock ({@link DatabaseUserRepository#withInstance}); every change is handed to the write
 * log as it is made.
 */
public final class InstanceUsers {

	private final Map<String, DatabaseUser> users = new TreeMap<>();

	private final Changes changes;

	InstanceUsers(Changes changes) {
		this.changes = changes;
	}

	Optional<DatabaseUser> find(String name) {
		return Optional.ofNullable(this.users.get(name));
	}

	/** In name order. */
	List<DatabaseUser> all() {
		return new ArrayList<>(this.users.values());
	}

	int size() {
		return this.users.size();
	}

	void save(DatabaseUser user) {
		this.users.put(user.name(), user);
		this.changes.saved(user);
	}

	void remove(String name) {
		if (this.users.remove(name) != null) {
			this.changes.removed(name);
		}
	}

	/** Puts a user back as a restore or a replayed log record has it, logging nothing. */
	void restore(DatabaseUser user) {
		this.users.put(user.name(), user);
	}

	void forget(String name) {
		this.users.remove(name);
	}

	/** Where the changes of one instance's users are recorded. */
	interface Changes {

		void saved(DatabaseUser user);

		void removed(String name);

	}

}
