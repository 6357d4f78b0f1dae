package io.github.taurusdbhtapmock.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The wire shape of every error: {@code {"error_code","error_msg"}}; errors raised by the
 * gateway layer (authentication, unknown routes, malformed HTTP) also carry
 * {@code request_id}, as the real gateway does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMsg,
		@JsonProperty("request_id") String requestId) {
}
