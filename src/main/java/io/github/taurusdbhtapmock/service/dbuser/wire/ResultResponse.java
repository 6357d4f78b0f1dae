package io.github.taurusdbhtapmock.service.dbuser.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The reply of the user writes, {@code {"result":"SUCCESS"}}: the Terraform provider
 * checks for exactly that word.
 */
public record ResultResponse(@JsonProperty("result") String result) {

	public static final ResultResponse SUCCESS = new ResultResponse("SUCCESS");

}
