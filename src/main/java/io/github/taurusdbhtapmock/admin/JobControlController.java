package io.github.taurusdbhtapmock.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.admin.wire.JobFailRequest;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * Ends running jobs early: {@code POST /_emulator/jobs/{id}/complete} and
 * {@code .../fail}, or every running job with
 * {@code POST /_emulator/jobs/complete-running}. Jobs are shown as ShowGaussMySqlJobInfo
 * shows them, in {@code {"job": ...}}.
 */
@RestController
@RequestMapping(path = ControlPlaneProperties.PATH_PREFIX + "/jobs", produces = ApiMediaType.JSON_UTF8_VALUE)
class JobControlController {

	private final ControlPlane controlPlane;

	JobControlController(ControlPlane controlPlane) {
		this.controlPlane = controlPlane;
	}

	@PostMapping("/{id}/complete")
	JobReply completeJob(@PathVariable("id") String id) {
		return new JobReply(this.controlPlane.completeJob(id));
	}

	/** The body's fail_reason is checked by the control plane, as a Java caller's is. */
	@PostMapping("/{id}/fail")
	JobReply failJob(@PathVariable("id") String id, @RequestBody JobFailRequest body) {
		return new JobReply(this.controlPlane.failJob(id, body.failReason()));
	}

	@PostMapping("/complete-running")
	JobsReply completeRunningJobs() {
		return new JobsReply(this.controlPlane.completeRunningJobs());
	}

	record JobReply(@JsonProperty("job") JobDetail job) {
	}

	/** The jobs completed, oldest first. */
	record JobsReply(@JsonProperty("jobs") List<JobDetail> jobs) {
	}

}
