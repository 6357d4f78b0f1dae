package io.github.taurusdbhtapmock.service.dbuser.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The reply of SyncStarRocksUsers: {@code {"success":true}}, a JSON boolean. */
public record UserSyncResponse(@JsonProperty("success") boolean success) {
}
