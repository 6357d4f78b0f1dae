package io.github.taurusdbhtapmock.service.logquery;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.service.logquery.wire.ErrorLogRequest;
import io.github.taurusdbhtapmock.service.logquery.wire.ErrorLogResponse;
import io.github.taurusdbhtapmock.service.logquery.wire.SlowLogRequest;
import io.github.taurusdbhtapmock.service.logquery.wire.SlowLogResponse;

/** HTTP mapping of the log queries of a StarRocks instance ({instance_id}). */
@RestController
@RequestMapping(path = "/v3/{project_id}/instances/{instance_id}/starrocks", produces = ApiMediaType.JSON_UTF8_VALUE)
class LogQueryController {

	private final LogQueryService service;

	LogQueryController(LogQueryService service) {
		this.service = service;
	}

	@PostMapping("/slow-logs")
	@SdkOperation("ShowSlowLogDetail")
	SlowLogResponse slowLogs(InstancePath path, @Valid @RequestBody SlowLogRequest body) {
		return new SlowLogResponse(this.service.slowLogs(path, body));
	}

	@PostMapping("/error-logs")
	@SdkOperation("ShowHtapErrorLogDetail")
	ErrorLogResponse errorLogs(InstancePath path, @Valid @RequestBody ErrorLogRequest body) {
		return new ErrorLogResponse(this.service.errorLogs(path, body));
	}

}
