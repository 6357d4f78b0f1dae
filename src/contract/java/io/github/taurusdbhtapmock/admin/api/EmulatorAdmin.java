package io.github.taurusdbhtapmock.admin.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The emulator's control plane, every operation of {@code /_emulator} as a Java method:
 * each names its endpoint, and docs/control-plane.md describes them. The emulator checks
 * a call exactly as the endpoint does, and a call it refuses throws
 * {@link AdminException} with the status, error_code and error_msg (in English) the
 * endpoint answers.
 *
 * <p>
 * The test kit implements it over HTTP for any running emulator (its
 * {@code EmulatorAdminClient}), and its JUnit handle and Testcontainers container hand
 * one out. Implementations are thread-safe, like the emulator. The default methods are
 * shortcuts over the others, the same for every implementation.
 */
public interface EmulatorAdmin {

	/** {@code GET /_emulator/info}: what is running, since when, and what it holds. */
	EmulatorInfo info();

	/**
	 * {@code POST /_emulator/reset}: the seeded topology, no tasks, no jobs, an empty
	 * journal and no fault rules.
	 */
	ResetResult reset();

	/**
	 * {@code POST /_emulator/reset?project_id=}: only this tenant's topology, tasks and
	 * jobs; the journal and the fault rules, shared by every tenant, stay.
	 */
	ResetResult reset(String projectId);

	/** {@code GET /_emulator/topology}. */
	Topology topology();

	/**
	 * {@code POST /_emulator/topology}: adds projects, instances, read replicas,
	 * databases and tables; what exists cannot change. Returns the whole topology after
	 * the addition.
	 */
	Topology addTopology(Topology additions);

	/** {@code POST /_emulator/topology} with these projects. */
	default Topology addTopology(Topology.Project... projects) {
		return addTopology(new Topology(List.of(projects)));
	}

	/**
	 * {@code POST /_emulator/topology} with its JSON body, {@code {"projects": [...]}}.
	 */
	Topology addTopology(String json);

	/**
	 * {@code GET /_emulator/state}: every task and job, as the JSON document that
	 * {@link #importState} takes back.
	 */
	String exportState();

	/**
	 * {@code PUT /_emulator/state}: replaces every task and job with those of the
	 * document; a document refused changes nothing.
	 */
	ImportedState importState(String json);

	/** {@code GET /_emulator/requests}: the matching exchanges, newest first. */
	JournalListing journal(JournalFilter filter);

	/**
	 * {@code GET /_emulator/requests}: every exchange the journal holds, newest first.
	 */
	default List<JournalEntry> journal() {
		return journal(JournalFilter.ALL).requests();
	}

	/**
	 * {@code GET /_emulator/requests?operation=}: the exchanges of one SDK operation,
	 * newest first.
	 */
	default List<JournalEntry> journal(String operation) {
		return journal(JournalFilter.ALL.withOperation(operation)).requests();
	}

	/** The exchanges that pass {@code filter}, newest first. */
	default List<JournalEntry> journal(Predicate<JournalEntry> filter) {
		return journal().stream().filter(filter).toList();
	}

	/** {@code DELETE /_emulator/requests}: how many entries there were. */
	int clearJournal();

	/** {@code POST /_emulator/faults}: the rule as listed, with its id. */
	FaultRule addFault(FaultDefinition rule);

	/** {@code POST /_emulator/faults}: the rule as listed, with its id. */
	default FaultRule addFault(Fault fault) {
		return addFault(fault.definition());
	}

	/** {@code POST /_emulator/faults} with its JSON body; unknown fields are refused. */
	FaultRule addFault(String json);

	/**
	 * {@code GET /_emulator/faults}: every rule with its counters, in the order tried.
	 */
	List<FaultRule> faults();

	/** {@code GET /_emulator/faults/{id}}. */
	FaultRule fault(String id);

	/** {@code DELETE /_emulator/faults/{id}}: the rule as it was, counters included. */
	FaultRule removeFault(String id);

	/** {@code DELETE /_emulator/faults}: how many rules there were. */
	int clearFaults();

	/**
	 * {@code POST /_emulator/jobs/{id}/complete}: the running job ends now, and its task
	 * takes the change.
	 */
	JobDetail completeJob(String jobId);

	/**
	 * {@code POST /_emulator/jobs/{id}/fail}: the running job fails now for this reason;
	 * its task never takes the change.
	 */
	JobDetail failJob(String jobId, String failReason);

	/**
	 * {@code POST /_emulator/jobs/complete-running}: completes every running job of every
	 * project, oldest first, for a caller that did not keep the job ids. A job that ends
	 * on its own meanwhile is left as it ended.
	 */
	List<JobDetail> completeRunningJobs();

	/** {@code GET /_emulator/clock}. */
	ClockState clock();

	/**
	 * {@code POST /_emulator/clock/advance?seconds=}: moves a manual clock (a system
	 * clock is refused with {@code EMULATOR.0409}) by 0 to 999999999.999 seconds, in
	 * whole milliseconds.
	 */
	ClockState advanceClock(Duration duration);

	/** The emulator's time ({@code GET /_emulator/clock}). */
	default Instant now() {
		return clock().instant();
	}

	/** Whether the clock is manual, moved only by {@link #advanceClock}. */
	default boolean isManualClock() {
		return clock().manual();
	}

}
