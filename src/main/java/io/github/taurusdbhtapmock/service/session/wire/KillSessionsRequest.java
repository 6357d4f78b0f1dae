package io.github.taurusdbhtapmock.service.session.wire;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of DeleteHtapProcessList (DeleteHtapProcessReq): the ids of the sessions to kill,
 * as ShowHtapProcessList gives them; at most 100 at a time.
 */
public record KillSessionsRequest(@JsonProperty("process_list") @NotEmpty @Size(
		max = KillSessionsRequest.MAX_IDS) List<@NotNull @Pattern(regexp = "[1-9][0-9]{0,9}",
				message = "{validation.session-id}") String> processList) {

	public static final int MAX_IDS = 100;

}
