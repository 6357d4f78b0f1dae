package io.github.taurusdbhtapmock.service.starrocks.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reply of DeleteStarrocksInstance, RestartStarrocksInstance and RestartStarrocksNode:
 * the SDK reads workflow_id, the Terraform provider job_id for the restarts; both carry
 * the same job.
 */
public record WorkflowResponse(@JsonProperty("workflow_id") String workflowId, @JsonProperty("job_id") String jobId) {

	public static WorkflowResponse of(String jobId) {
		return new WorkflowResponse(jobId, jobId);
	}

}
