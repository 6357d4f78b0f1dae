package com.example.replication;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * GaussDB's refusals, as this application's clients see them: 502, with GaussDB's error
 * code, so that a caller can tell which call failed and why.
 */
@RestControllerAdvice
class GaussDbErrors {

	@ExceptionHandler(ServiceResponseException.class)
	ProblemDetail gaussDbRefused(ServiceResponseException error) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, error.getErrorMsg());
		problem.setTitle("GaussDB refused the call");
		problem.setProperty("errorCode", error.getErrorCode());
		problem.setProperty("gaussDbStatus", error.getHttpStatusCode());
		return problem;
	}

}
