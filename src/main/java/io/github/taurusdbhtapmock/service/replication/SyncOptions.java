package io.github.taurusdbhtapmock.service.replication;

/**
 * Instance-level synchronization settings, kept as the strings the API exchanges. With
 * {@code is_instance_level_sync} "true" and {@code database_repl_scope} "all", the task
 * replicates every database and its database names are {@code ALL}, as the Terraform
 * provider sends them.
 */
public record SyncOptions(String instanceLevelSync, String databaseReplScope, String supportRegExp) {

	public static final String ALL_DATABASES = "ALL";

	public static final SyncOptions DEFAULT = new SyncOptions("false", "part", "false");

	public boolean replicatesAllDatabases() {
		return "true".equals(this.instanceLevelSync) && "all".equals(this.databaseReplScope);
	}

	public boolean wildcardsAllowed() {
		return "true".equals(this.supportRegExp);
	}

	/** These options with whatever the request sets replacing them. */
	public SyncOptions overriddenBy(String instanceLevelSync, String databaseReplScope, String supportRegExp) {
		return new SyncOptions((instanceLevelSync != null) ? instanceLevelSync : this.instanceLevelSync,
				(databaseReplScope != null) ? databaseReplScope : this.databaseReplScope,
				(supportRegExp != null) ? supportRegExp : this.supportRegExp);
	}

}
