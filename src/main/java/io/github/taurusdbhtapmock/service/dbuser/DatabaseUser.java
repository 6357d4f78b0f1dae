package io.github.taurusdbhtapmock.service.dbuser;

import java.time.Instant;
import java.util.List;

/**
 * A database user of a StarRocks instance: its privileges, and its password only as a
 * salted hash ({@link PasswordHasher}).
 *
 * @param dml 0 read and write, 1 read only, 2 read only and SET, 3 read, write and SET
 * @param ddl 0 no DDL, 1 DDL
 */
record DatabaseUser(String name, String passwordHash, List<String> databases, int dml, int ddl, Instant created) {

	DatabaseUser {
		databases = List.copyOf(databases);
	}

	DatabaseUser withPasswordHash(String hash) {
		return new DatabaseUser(this.name, hash, this.databases, this.dml, this.ddl, this.created);
	}

	DatabaseUser withPrivileges(List<String> newDatabases, Integer newDml, Integer newDdl) {
		return new DatabaseUser(this.name, this.passwordHash, (newDatabases != null) ? newDatabases : this.databases,
				(newDml != null) ? newDml : this.dml, (newDdl != null) ? newDdl : this.ddl, this.created);
	}

	@Override
	public String toString() {
		// never the hash either: a log line has no use for it
		return "DatabaseUser[" + this.name + "]";
	}

}
