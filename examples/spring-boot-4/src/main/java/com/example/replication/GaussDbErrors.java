package com.example.replication;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * GaussDB's refusals, as this application's clients see them: a 502 problem detail with
 * GaussDB's error code, so that a caller can tell which call failed and why.
 */
@RestControllerAdvice
class GaussDbErrors {

	@ExceptionHandler(ServiceResponseException.class)
	ErrorResponse gaussDbRefused(ServiceResponseException error) {
		return ErrorResponse.builder(error, HttpStatus.BAD_GATEWAY, error.getErrorMsg())
			.title("GaussDB refused the call")
			.property("errorCode", error.getErrorCode())
			.property("gaussDbStatus", error.getHttpStatusCode())
			.build();
	}

}
