package io.github.taurusdbhtapmock.admin;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.gateway.auth.AuthProperties;
import io.github.taurusdbhtapmock.service.job.JobRepository;
import io.github.taurusdbhtapmock.service.replication.TaskRepository;
import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/** {@code GET /_emulator/info}: what is running, since when, and how much it holds. */
@RestController
class InfoController {

	private final TaskRepository tasks;

	private final JobRepository jobs;

	private final EmulatorClock clock;

	private final AuthProperties auth;

	InfoController(TaskRepository tasks, JobRepository jobs, EmulatorClock clock, AuthProperties auth) {
		this.tasks = tasks;
		this.jobs = jobs;
		this.clock = clock;
		this.auth = auth;
	}

	@GetMapping(path = ControlPlaneProperties.PATH_PREFIX + "/info", produces = ApiMediaType.JSON_UTF8_VALUE)
	Info info() {
		String version = TaurusHtapEmulatorApplication.class.getPackage().getImplementationVersion();
		return new Info((version != null) ? version : "development",
				ManagementFactory.getRuntimeMXBean().getUptime() / 1000,
				this.auth.mode().name().toLowerCase(Locale.ROOT), this.clock.isManual() ? "manual" : "system",
				this.clock.instant().toString(), this.tasks.count(), this.jobs.count());
	}

	record Info(@JsonProperty("version") String version, @JsonProperty("uptime_seconds") long uptimeSeconds,
			@JsonProperty("auth_mode") String authMode, @JsonProperty("clock") String clock,
			@JsonProperty("now") String now, @JsonProperty("tasks") int tasks, @JsonProperty("jobs") int jobs) {
	}

}
