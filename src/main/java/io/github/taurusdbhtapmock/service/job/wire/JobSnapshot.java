package io.github.taurusdbhtapmock.service.job.wire;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.validation.StarRocksInstanceId;
import io.github.taurusdbhtapmock.service.validation.TaskName;

/** A job as the control plane exports and imports it. */
public record JobSnapshot(@JsonProperty("id") @NotBlank @Size(max = 128) String id,
		@JsonProperty("project_id") @NotNull @ProjectId String projectId,
		@JsonProperty("instance_id") @NotNull @StarRocksInstanceId String instanceId,
		@JsonProperty("instance_name") @NotNull @Size(max = 256) String instanceName,
		@JsonProperty("name") @NotBlank @Size(max = 128) String name,
		@JsonProperty("task_name") @TaskName String taskName, @JsonProperty("created") @NotNull Instant created,
		@JsonProperty("completes_at") @NotNull Instant completesAt,
		@JsonProperty("fail_reason") @Size(max = 1024) String failReason) {

	public static JobSnapshot from(Job job) {
		return new JobSnapshot(job.id(), job.projectId(), job.instanceId(), job.instanceName(), job.name(),
				job.taskName(), job.created(), job.completesAt(), job.failReason());
	}

	public Job toJob() {
		return new Job(this.id, this.projectId, this.instanceId, this.instanceName, this.name, this.taskName,
				this.created, this.completesAt, this.failReason);
	}

}
