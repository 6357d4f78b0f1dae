package io.github.taurusdbhtapmock.service.replication;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a started task stays in its full synchronization before it turns incremental
 * ({@code emulator.replication.full-sync-duration}, env
 * EMULATOR_REPLICATION_FULLSYNCDURATION); 0 makes it instant.
 */
@ConfigurationProperties("emulator.replication")
public record ReplicationProperties(@DefaultValue("5s") Duration fullSyncDuration) {

	public ReplicationProperties {
		if (fullSyncDuration.isNegative()) {
			throw new IllegalArgumentException("emulator.replication.full-sync-duration must not be negative");
		}
	}

}
