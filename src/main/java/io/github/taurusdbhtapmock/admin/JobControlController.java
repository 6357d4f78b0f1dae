package io.github.taurusdbhtapmock.admin;

import java.time.Clock;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.wire.JobFailRequest;
import io.github.taurusdbhtapmock.service.job.wire.JobResponse;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * Ends running jobs early: {@code POST /_emulator/jobs/{id}/complete} and
 * {@code .../fail}.
 */
@RestController
@RequestMapping(path = ControlPlaneProperties.PATH_PREFIX + "/jobs/{id}", produces = ApiMediaType.JSON_UTF8_VALUE)
class JobControlController {

	private final ControlPlaneJobService jobs;

	private final Clock clock;

	JobControlController(ControlPlaneJobService jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@PostMapping("/complete")
	JobResponse complete(@PathVariable("id") String id) {
		return JobResponse.of(this.jobs.complete(id), this.clock.instant());
	}

	@PostMapping("/fail")
	JobResponse fail(@PathVariable("id") String id, @Valid @RequestBody JobFailRequest body) {
		return JobResponse.of(this.jobs.fail(id, body.failReason()), this.clock.instant());
	}

}
