package io.github.taurusdbhtapmock.service.session;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.InstancePath;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import io.github.taurusdbhtapmock.service.instancesettings.wire.StatusResponse;
import io.github.taurusdbhtapmock.service.session.wire.KillSessionsRequest;
import io.github.taurusdbhtapmock.service.session.wire.ProcessListResponse;
import io.github.taurusdbhtapmock.service.session.wire.ProcessListResponse.ProcessInfo;
import io.github.taurusdbhtapmock.service.validation.PageLimit;
import io.github.taurusdbhtapmock.service.validation.PageOffset;

/** HTTP mapping of the sessions of a StarRocks instance ({instance_id}). */
@RestController
@RequestMapping(path = "/v3/{project_id}/instances/{instance_id}/htap/process", produces = ApiMediaType.JSON_UTF8_VALUE)
class SessionController {

	private static final int DEFAULT_LIMIT = 100;

	private final SessionService service;

	SessionController(SessionService service) {
		this.service = service;
	}

	@GetMapping
	@SdkOperation("ShowHtapProcessList")
	ProcessListResponse list(InstancePath path, @RequestParam(name = "limit", required = false) @PageLimit String limit,
			@RequestParam(name = "offset", required = false) @PageOffset String offset) {
		return new ProcessListResponse(this.service
			.page(path, (offset != null) ? Integer.parseInt(offset) : 0,
					(limit != null) ? Integer.parseInt(limit) : DEFAULT_LIMIT)
			.stream()
			.map((session) -> new ProcessInfo(session.id(), session.user(), session.host(), session.state(),
					session.database(), session.sqlStatement(), session.duration(), session.command()))
			.toList());
	}

	/** DeleteHtapProcessList: the ids travel in a DELETE body, as the SDK sends them. */
	@DeleteMapping
	@SdkOperation("DeleteHtapProcessList")
	StatusResponse kill(InstancePath path, @Valid @RequestBody KillSessionsRequest body) {
		this.service.kill(path, body.processList());
		return StatusResponse.SUCCESS;
	}

}
