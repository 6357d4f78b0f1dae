package io.github.taurusdbhtapmock.admin;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.TaurusHtapEmulatorApplication;
import io.github.taurusdbhtapmock.admin.api.ClockState;
import io.github.taurusdbhtapmock.admin.api.EmulatorInfo;
import io.github.taurusdbhtapmock.admin.api.FaultDefinition;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.ImportedState;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;
import io.github.taurusdbhtapmock.admin.api.JournalListing;
import io.github.taurusdbhtapmock.admin.api.ResetResult;
import io.github.taurusdbhtapmock.admin.api.Topology;
import io.github.taurusdbhtapmock.admin.fault.FaultRuleReader;
import io.github.taurusdbhtapmock.admin.fault.FaultRules;
import io.github.taurusdbhtapmock.admin.journal.JournalQuery;
import io.github.taurusdbhtapmock.admin.journal.RequestJournal;
import io.github.taurusdbhtapmock.admin.wire.JobFailRequest;
import io.github.taurusdbhtapmock.admin.wire.JsonBodyReader;
import io.github.taurusdbhtapmock.admin.wire.StateDocument;
import io.github.taurusdbhtapmock.gateway.auth.AuthProperties;
import io.github.taurusdbhtapmock.platform.capacity.StateBudget;
import io.github.taurusdbhtapmock.platform.clock.EmulatorClock;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.platform.error.Violations;
import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.service.replication.TaskRepository;
import io.github.taurusdbhtapmock.service.topology.TopologyProperties;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The control plane: every operation of the published
 * {@link io.github.taurusdbhtapmock.admin.api.EmulatorAdmin} contract, with every check
 * and refusal. The HTTP endpoints under {@code /_emulator} delegate here; every other
 * door (the test kit's Java client, its JUnit handle and container) speaks to those
 * endpoints. A refusal is an {@link ApiException}, answered in the request's language.
 *
 * <p>
 * Besides the contract's methods, the forms the HTTP door receives (a query string, a
 * number of seconds as text) are read here too, so that their checks live with the
 * others.
 */
@Component
public class ControlPlane {

	private final StateService state;

	private final TopologyRepository topology;

	private final FaultRules faults;

	private final FaultRuleReader faultReader;

	private final RequestJournal journal;

	private final JobControl jobs;

	private final TaskRepository tasks;

	private final EmulatorClock clock;

	private final AuthProperties auth;

	private final Validator validator;

	private final JsonBodyReader bodies;

	private final JsonMapper json;

	private final StateBudget budget;

	ControlPlane(StateService state, TopologyRepository topology, FaultRules faults, FaultRuleReader faultReader,
			RequestJournal journal, JobControl jobs, TaskRepository tasks, EmulatorClock clock, AuthProperties auth,
			Validator validator, JsonBodyReader bodies, JsonMapper json, StateBudget budget) {
		this.budget = budget;
		this.state = state;
		this.topology = topology;
		this.faults = faults;
		this.faultReader = faultReader;
		this.journal = journal;
		this.jobs = jobs;
		this.tasks = tasks;
		this.clock = clock;
		this.auth = auth;
		this.validator = validator;
		this.bodies = bodies;
		this.json = json;
	}

	public EmulatorInfo info() {
		String version = TaurusHtapEmulatorApplication.class.getPackage().getImplementationVersion();
		ClockState clock = clock();
		return new EmulatorInfo((version != null) ? version : "development",
				ManagementFactory.getRuntimeMXBean().getUptime() / 1000,
				this.auth.mode().name().toLowerCase(Locale.ROOT), clock.mode(), clock.now(), this.tasks.count(),
				this.jobs.count(), stateBudget());
	}

	private EmulatorInfo.StateBudget stateBudget() {
		StateBudget.Usage usage = this.budget.usage();
		return new EmulatorInfo.StateBudget(usage.budgetBytes(), usage.usedBytes(), usage.full(), usage.reason());
	}

	public ResetResult reset() {
		this.state.reset(null);
		return new ResetResult(ResetResult.EVERYTHING);
	}

	/**
	 * Null is refused rather than taken for "every project", as the endpoint without
	 * project_id does: too much for a slip.
	 */
	public ResetResult reset(String projectId) {
		Objects.requireNonNull(projectId, "projectId");
		check(new ProjectIdArgument(projectId));
		this.state.reset(projectId);
		return new ResetResult(projectId);
	}

	public Topology topology() {
		return TopologyRecords.of(this.topology.export());
	}

	/**
	 * Checked with the seed's rules, the API's own, before the repository refuses what
	 * already exists.
	 */
	public Topology addTopology(Topology additions) {
		TopologyProperties seeds = TopologyRecords.seeds(Objects.requireNonNull(additions, "additions"));
		check(seeds);
		this.topology.add(seeds.projects());
		return topology();
	}

	public Topology addTopology(String json) {
		return addTopology(this.bodies.read(json, Topology.class));
	}

	public String exportState() {
		return this.json.writeValueAsString(this.state.export());
	}

	/** Messages quoted from a refused task are in the caller's language. */
	public ImportedState importState(String json) {
		StateDocument document = this.bodies.read(json, StateDocument.class);
		check(document);
		this.state.importState(document, LocaleContextHolder.getLocale());
		return new ImportedState(document.tasks().size(), document.jobs().size());
	}

	public JournalListing journal(JournalFilter filter) {
		JournalQuery query = JournalQuery.of(Objects.requireNonNull(filter, "filter"));
		check(query);
		return new JournalListing(this.journal.maxEntries(), this.journal.evicted(),
				this.journal.newestFirst(query.filter(), query.limitOr(Integer.MAX_VALUE)));
	}

	/** {@code GET /_emulator/requests} with its query parameters, each as sent. */
	public JournalListing journal(Map<String, List<String>> queryParameters) {
		return journal(JournalQuery.filter(queryParameters));
	}

	public int clearJournal() {
		return this.journal.clear();
	}

	public FaultRule addFault(FaultDefinition rule) {
		return this.faults.add(this.faultReader.read(rule));
	}

	public FaultRule addFault(String json) {
		return this.faults.add(this.faultReader.read(json));
	}

	public List<FaultRule> faults() {
		return this.faults.list();
	}

	public FaultRule fault(String id) {
		return this.faults.find(id).orElseThrow(() -> faultNotFound(id));
	}

	public FaultRule removeFault(String id) {
		return this.faults.remove(id).orElseThrow(() -> faultNotFound(id));
	}

	public int clearFaults() {
		return this.faults.clear();
	}

	public JobDetail completeJob(String jobId) {
		return this.jobs.complete(jobId);
	}

	public JobDetail failJob(String jobId, String failReason) {
		check(new JobFailRequest(failReason));
		return this.jobs.fail(jobId, failReason);
	}

	public List<JobDetail> completeRunningJobs() {
		return this.jobs.completeRunning();
	}

	public ClockState clock() {
		return new ClockState(this.clock.isManual() ? ClockState.MANUAL : ClockState.SYSTEM,
				this.clock.instant().toString());
	}

	/**
	 * The duration is checked as the endpoint's {@code seconds} is, so both doors accept
	 * the same range and precision.
	 */
	public ClockState advanceClock(Duration duration) {
		BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds())
			.add(BigDecimal.valueOf(duration.getNano(), 9))
			.stripTrailingZeros();
		return advanceClock(seconds.toPlainString());
	}

	/**
	 * {@code POST /_emulator/clock/advance?seconds=}: a number of seconds as text, e.g.
	 * {@code 2.5}; null when the parameter is missing.
	 */
	public ClockState advanceClock(String seconds) {
		check(new ClockAdvance(seconds));
		if (!this.clock.isManual()) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_CONFLICT, "detail.clock-not-manual");
		}
		this.clock.advance(Duration.ofMillis(new BigDecimal(seconds).movePointRight(3).longValueExact()));
		return clock();
	}

	private static ApiException faultNotFound(String id) {
		return new ApiException(ErrorCode.CONTROL_PLANE_NOT_FOUND, "detail.fault-not-found", id);
	}

	/** Bean Validation, each violation named by the field's JSON or parameter name. */
	private void check(Object argument) {
		Set<ConstraintViolation<Object>> violations = this.validator.validate(argument);
		if (!violations.isEmpty()) {
			throw new ApiException(ErrorCode.CONTROL_PLANE_BAD_REQUEST, Violations.detail(violations));
		}
	}

	/** The query parameter of {@code POST /_emulator/reset}. */
	private record ProjectIdArgument(@JsonProperty("project_id") @ProjectId String projectId) {
	}

	/**
	 * The query parameter of {@code POST /_emulator/clock/advance}: 0 to 999999999.999
	 * seconds, in whole milliseconds.
	 */
	private record ClockAdvance(@JsonProperty("seconds") @NotNull @Pattern(regexp = "[0-9]{1,9}(\\.[0-9]{1,3})?",
			message = "{validation.seconds}") String seconds) {
	}

}
