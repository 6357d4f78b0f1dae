package io.github.taurusdbhtapmock.service.dbuser.wire;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of SyncStarRocksUsers (the SDK's UserSyncReq). */
public record UserSyncRequest(@JsonProperty("action") @NotNull @Pattern(regexp = START + "|" + STOP,
		message = "{validation.user-sync-action}") String action) {

	public static final String START = "startSyncTaurusAccount";

	public static final String STOP = "stopSyncTaurusAccount";

}
