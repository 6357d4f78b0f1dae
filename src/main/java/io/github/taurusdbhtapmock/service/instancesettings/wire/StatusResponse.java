package io.github.taurusdbhtapmock.service.instancesettings.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The reply of a change that takes effect at once (the query queue's switch and rules, a
 * session kill): {@code status} {@code success}, as clients check, and an empty
 * {@code msg}, which only carries a reason when something fails.
 */
public record StatusResponse(@JsonProperty("status") String status, @JsonProperty("msg") String msg) {

	public static final StatusResponse SUCCESS = new StatusResponse("success", "");

}
