package io.github.taurusdbhtapmock.admin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.admin.fault.FaultControl;
import io.github.taurusdbhtapmock.admin.fault.FaultRuleView;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.journal.RequestJournal;
import io.github.taurusdbhtapmock.admin.wire.JobFailRequest;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorBodyFactory;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.error.Violations;
import io.github.taurusdbhtapmock.service.job.Job;
import io.github.taurusdbhtapmock.service.job.JobRepository;
import io.github.taurusdbhtapmock.service.job.JobStatus;
import io.github.taurusdbhtapmock.service.job.wire.JobResponse;
import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties.ProjectSeed;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;
import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The control plane as Java methods, for code running in the emulator's JVM (the JUnit
 * extension): the same operations, checks and refusals as the HTTP endpoints under
 * {@code /_emulator}, without a request. Each method delegates to the service behind the
 * matching endpoint; a refusal is an {@link EmulatorControlException} carrying the error
 * the endpoint would answer, in English.
 */
@Component
public class EmulatorControl {

	private final StateService state;

	private final TopologyRepository topology;

	private final FaultControl faults;

	private final RequestJournal journal;

	private final ControlPlaneJobService jobControl;

	private final JobRepository jobs;

	private final EmulatorClock clock;

	private final Validator validator;

	private final JsonMapper json;

	private final ErrorBodyFactory errors;

	EmulatorControl(StateService state, TopologyRepository topology, FaultControl faults, RequestJournal journal,
			ControlPlaneJobService jobControl, JobRepository jobs, EmulatorClock clock, Validator validator,
			JsonMapper json, ErrorBodyFactory errors) {
		this.state = state;
		this.topology = topology;
		this.faults = faults;
		this.journal = journal;
		this.jobControl = jobControl;
		this.jobs = jobs;
		this.clock = clock;
		this.validator = validator;
		this.json = json;
		this.errors = errors;
	}

	/**
	 * {@code POST /_emulator/reset}: the seeded topology, no tasks, no jobs, no journal,
	 * no fault rules.
	 */
	public void reset() {
		run(() -> this.state.reset(null));
	}

	/**
	 * {@code POST /_emulator/reset?project_id=}: one tenant's topology, tasks and jobs
	 * only.
	 */
	public void reset(String projectId) {
		// null would reset every project, as the endpoint without project_id does: too
		// much for a slip
		Objects.requireNonNull(projectId, "projectId");
		run(() -> {
			check(new ProjectIdArgument(projectId));
			this.state.reset(projectId);
		});
	}

	/** {@code GET /_emulator/topology}. */
	public TopologyProperties topology() {
		return new TopologyProperties(this.topology.export());
	}

	/** {@code POST /_emulator/topology}: the whole topology after the addition. */
	public TopologyProperties addTopology(List<ProjectSeed> projects) {
		return call(() -> {
			TopologyProperties additions = new TopologyProperties(projects);
			check(additions);
			this.topology.add(additions.projects());
			return topology();
		});
	}

	/**
	 * {@code POST /_emulator/topology} with its JSON body, e.g. {@code {"projects":
	 * [...]}}.
	 */
	public TopologyProperties addTopology(String json) {
		return call(() -> {
			TopologyProperties additions;
			try {
				additions = this.json.readValue(json, TopologyProperties.class);
			}
			catch (JacksonException ex) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-not-json",
						ex.getOriginalMessage().lines().findFirst().orElse(""));
			}
			if (additions == null) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.body-not-object");
			}
			return addTopology(additions.projects());
		});
	}

	/** {@code POST /_emulator/faults} with its JSON body. */
	public FaultRuleView addFault(String json) {
		return call(() -> this.faults.add(json.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * {@code POST /_emulator/faults} with the body's fields, e.g.
	 * {@code effect -> "drop"}.
	 */
	public FaultRuleView addFault(Map<String, ?> fields) {
		return addFault(this.json.writeValueAsString(fields));
	}

	/** {@code GET /_emulator/faults}: in the order they are tried. */
	public List<FaultRuleView> faults() {
		return this.faults.list();
	}

	/** {@code GET /_emulator/faults/{id}}. */
	public FaultRuleView fault(String id) {
		return call(() -> this.faults.find(id).orElseThrow(() -> faultNotFound(id)));
	}

	/** {@code DELETE /_emulator/faults/{id}}: the rule as it was, counters included. */
	public FaultRuleView removeFault(String id) {
		return call(() -> this.faults.remove(id).orElseThrow(() -> faultNotFound(id)));
	}

	/** {@code DELETE /_emulator/faults}: how many rules there were. */
	public int clearFaults() {
		return this.faults.clear();
	}

	/** {@code GET /_emulator/requests}: the matching exchanges, newest first. */
	public List<JournalEntry> journal(Predicate<JournalEntry> filter) {
		return this.journal.newestFirst(filter, Integer.MAX_VALUE);
	}

	/** {@code DELETE /_emulator/requests}: how many entries there were. */
	public int clearJournal() {
		return this.journal.clear();
	}

	/**
	 * {@code POST /_emulator/jobs/{id}/complete}: the job as ShowGaussMySqlJobInfo now
	 * shows it.
	 */
	public JobResponse.JobInfo completeJob(String jobId) {
		return call(() -> show(this.jobControl.complete(jobId)));
	}

	/** {@code POST /_emulator/jobs/{id}/fail} with {@code fail_reason}. */
	public JobResponse.JobInfo failJob(String jobId, String failReason) {
		return call(() -> {
			check(new JobFailRequest(failReason));
			return show(this.jobControl.fail(jobId, failReason));
		});
	}

	/**
	 * Completes every running job of every project, oldest first: a test that has just
	 * made writes through a client need not collect their job ids. A job that ends on its
	 * own meanwhile is left as it ended.
	 */
	public List<JobResponse.JobInfo> completeRunningJobs() {
		return call(() -> {
			List<JobResponse.JobInfo> completed = new ArrayList<>();
			for (Job job : this.jobs.all()) {
				if (job.status(this.clock.instant()) != JobStatus.RUNNING) {
					continue;
				}
				try {
					completed.add(show(this.jobControl.complete(job.id())));
				}
				catch (ApiException ex) {
					if (ex.errorCode() != ErrorCode.CONTROL_PLANE_CONFLICT) {
						throw ex;
					}
				}
			}
			return completed;
		});
	}

	/** {@code POST /_emulator/clock/advance}: the clock's new time. Manual clock only. */
	public Instant advanceClock(Duration duration) {
		return call(() -> {
			if (!this.clock.isManual()) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_CONFLICT, "detail.clock-not-manual");
			}
			if (duration.isNegative()) {
				throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, "detail.violations",
						"seconds: time does not run backwards");
			}
			return this.clock.advance(duration);
		});
	}

	/**
	 * The emulator's time: manual or system, as {@code GET /_emulator/clock} shows it.
	 */
	public Instant now() {
		return this.clock.instant();
	}

	public boolean manualClock() {
		return this.clock.isManual();
	}

	private JobResponse.JobInfo show(Job job) {
		return JobResponse.of(job, this.clock.instant()).job();
	}

	private static ApiException faultNotFound(String id) {
		return new ApiException(ErrorCode.CONTROL_PLANE_NOT_FOUND, "detail.fault-not-found", id);
	}

	private void check(Object argument) {
		Set<ConstraintViolation<Object>> violations = this.validator.validate(argument);
		if (!violations.isEmpty()) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, Violations.detail(violations));
		}
	}

	private void run(Runnable action) {
		call(() -> {
			action.run();
			return null;
		});
	}

	/**
	 * Runs in English whatever the JVM's default locale: Bean Validation messages follow
	 * the thread's locale, and without a request nothing else sets it.
	 */
	private <T> T call(Supplier<T> action) {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			return action.get();
		}
		catch (ApiException ex) {
			throw new EmulatorControlException(ex.errorCode().status().value(), ex.errorCode().code(),
					this.errors.body(ex.errorCode(), ex.detail(), Locale.ENGLISH, null).errorMsg());
		}
		finally {
			// the caller's thread is a test's: leave its locale context exactly as it
			// was, unset included
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	/**
	 * The query parameter of {@code POST /_emulator/reset}, checked with the endpoint's
	 * rule.
	 */
	private record ProjectIdArgument(@JsonProperty("project_id") @ProjectId String projectId) {
	}

}
