package io.github.taurusdbhtapmock.service.job;

import java.time.Clock;

import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.service.job.wire.JobResponse;
import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;

/** HTTP mapping of ShowGaussMySqlJobInfo, the task center's job query. */
@RestController
class JobController {

	private final JobService jobs;

	private final Clock clock;

	JobController(JobService jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@SdkOperation("ShowGaussMySqlJobInfo")
	@GetMapping(path = "/v3/{project_id}/jobs", produces = ApiMediaType.JSON_UTF8_VALUE)
	JobResponse show(@PathVariable("project_id") @ProjectId String projectId, @RequestParam(name = "id",
			required = false) @NotBlank(message = "{jakarta.validation.constraints.NotNull.message}") String id) {
		return JobResponse.of(this.jobs.require(projectId, id), this.clock.instant());
	}

}
