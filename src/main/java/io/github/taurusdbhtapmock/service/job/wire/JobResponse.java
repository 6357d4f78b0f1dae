package io.github.taurusdbhtapmock.service.job.wire;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.job.Job;

/** Reply of ShowGaussMySqlJobInfo: {@code {"job": {...}}}, every scalar a string. */
public record JobResponse(@JsonProperty("job") JobInfo job) {

	/** The task center's time format, e.g. 2026-11-22T01:02:03+0000. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
		.withZone(ZoneOffset.UTC);

	public static JobResponse of(Job job, Instant now) {
		Instant ended = job.ended(now);
		return new JobResponse(new JobInfo(job.id(), job.name(), job.status(now).wireValue(),
				TIME.format(job.created()), (ended != null) ? TIME.format(ended) : null, job.process(now),
				new JobInstance(job.instanceId(), job.instanceName()),
				(job.taskName() != null) ? Map.of("task_name", job.taskName()) : Map.of(), job.failReason()));
	}

	public record JobInfo(@JsonProperty("id") String id, @JsonProperty("name") String name,
			@JsonProperty("status") String status, @JsonProperty("created") String created,
			@JsonProperty("ended") String ended, @JsonProperty("process") String process,
			@JsonProperty("instance") JobInstance instance, @JsonProperty("entities") Map<String, String> entities,
			@JsonProperty("fail_reason") String failReason) {
	}

	public record JobInstance(@JsonProperty("id") String id, @JsonProperty("name") String name) {
	}

}
