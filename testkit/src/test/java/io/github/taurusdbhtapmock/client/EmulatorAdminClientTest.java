package io.github.taurusdbhtapmock.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.taurusdbhtapmock.admin.api.ClockState;
import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.admin.api.EmulatorInfo;
import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;
import io.github.taurusdbhtapmock.admin.api.ResetResult;
import io.github.taurusdbhtapmock.admin.api.Topology;

import static io.github.taurusdbhtapmock.client.AdminRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Every method of the client against an emulator in a JVM of its own (manual clock), with
 * what each changes seen through the emulated API, and the refusals of each.
 */
class EmulatorAdminClientTest {

	@RegisterExtension
	static final SeparateEmulator.Shared EMULATOR = SeparateEmulator.shared("--emulator.clock.mode=manual");

	private static final String OTHER_PROJECT = "fedcba9876543210fedcba9876543210";

	private EmulatorAdminClient admin;

	private HttpProbe http;

	@BeforeEach
	void connect() {
		// the trailing slash a user may copy from a browser
		this.admin = EmulatorAdminClient.connect(EMULATOR.baseUrl() + "/");
		this.http = HttpProbe.of(EMULATOR.baseUrl());
		assertThat(this.admin.reset()).isEqualTo(new ResetResult(ResetResult.EVERYTHING));
	}

	@AfterEach
	void removeFaults() {
		this.admin.clearFaults();
	}

	@Test
	void infoCountsWhatTheEmulatorHolds() {
		EmulatorInfo empty = this.admin.info();
		assertThat(empty.version()).isNotBlank();
		assertThat(empty.uptimeSeconds()).isNotNegative();
		assertThat(empty.authMode()).isEqualTo("lenient");
		assertThat(empty.clock()).isEqualTo(ClockState.MANUAL);
		assertThat(empty.tasks()).isZero();
		assertThat(empty.jobs()).isZero();
		this.http.createTask("task_info", "src_db", "info_ap");
		EmulatorInfo one = this.admin.info();
		assertThat(one.tasks()).isEqualTo(1);
		assertThat(one.jobs()).isEqualTo(1);
		assertThat(one.now()).isEqualTo(this.admin.clock().now());
	}

	@Test
	void resetForgetsEverythingOrOneProject() {
		this.http.createTask("task_reset", "src_db", "reset_ap");
		this.admin.addTopology(new Topology.Project(OTHER_PROJECT, null, null));
		this.admin.addFault(Fault.on("ModifyDataSync").error(500));

		assertThat(this.admin.reset(DemoTopology.PROJECT_ID)).isEqualTo(new ResetResult(DemoTopology.PROJECT_ID));
		assertThat(this.admin.info().tasks()).isZero();
		assertThat(this.admin.faults()).as("the fault rules, shared by every tenant, stay").hasSize(1);
		assertThat(this.admin.journal()).as("so does the journal").isNotEmpty();
		assertThat(projectIds(this.admin.topology())).contains(OTHER_PROJECT);

		assertThat(this.admin.reset()).isEqualTo(new ResetResult(ResetResult.EVERYTHING));
		assertThat(this.admin.faults()).isEmpty();
		assertThat(this.admin.journal()).isEmpty();
		assertThat(projectIds(this.admin.topology())).containsExactly(DemoTopology.PROJECT_ID);

		assertRefused(() -> this.admin.reset("not a project"), 400, "EMULATOR.0400", "project_id");
		assertThatNullPointerException().isThrownBy(() -> this.admin.reset(null)).withMessage("projectId");
	}

	@Test
	void theTopologyGrowsByRecordsOrJson() {
		Topology seeded = this.admin.topology();
		Topology.Project demo = seeded.projects().get(0);
		assertThat(demo.id()).isEqualTo(DemoTopology.PROJECT_ID);
		assertThat(demo.starrocksInstances()).singleElement().satisfies((instance) -> {
			assertThat(instance.id()).isEqualTo(DemoTopology.STARROCKS_INSTANCE_ID);
			assertThat(instance.beNodes()).isEqualTo(3);
			assertThat(instance.taurusInstanceId()).isEqualTo(DemoTopology.TAURUS_INSTANCE_ID);
		});
		assertThat(demo.taurusInstances()).singleElement().satisfies((instance) -> {
			assertThat(instance.readReplicas()).containsExactly(DemoTopology.READ_REPLICA_ID);
			assertThat(instance.databases()).extracting(Topology.Database::name)
				.contains(DemoTopology.SOURCE_DATABASE, DemoTopology.SALES_DATABASE);
		});

		Topology added = this.admin.addTopology(new Topology.Project(OTHER_PROJECT,
				List.of(new Topology.StarRocksInstance("9999aaaa9999bbbb9999cccc9999ddddin17", "second", 5, null)),
				null));
		assertThat(added).isEqualTo(this.admin.topology());
		assertThat(added.projects()).filteredOn((project) -> project.id().equals(OTHER_PROJECT))
			.singleElement()
			.satisfies((project) -> assertThat(project.starrocksInstances()).singleElement()
				.satisfies((instance) -> assertThat(instance.beNodes()).isEqualTo(5)));

		Topology withTable = this.admin.addTopology("""
				{"projects":[{"id":"%s","taurus_instances":[{"id":"%s",
				  "databases":[{"name":"crm","tables":[{"name":"leads","columns":["id","owner"]}]}]}]}]}"""
			.formatted(DemoTopology.PROJECT_ID, DemoTopology.TAURUS_INSTANCE_ID));
		assertThat(withTable.projects().get(0).taurusInstances().get(0).databases())
			.filteredOn((database) -> database.name().equals("crm"))
			.singleElement()
			.satisfies((database) -> assertThat(database.tables())
				.containsExactly(new Topology.Table("leads", List.of("id", "owner"))));

		assertRefused(() -> this.admin.addTopology(new Topology.Project(DemoTopology.PROJECT_ID,
				List.of(new Topology.StarRocksInstance(DemoTopology.STARROCKS_INSTANCE_ID, null, null, null)), null)),
				409, "EMULATOR.0409", DemoTopology.STARROCKS_INSTANCE_ID);
		assertRefused(() -> this.admin.addTopology("{\"projects\":"), 400, "EMULATOR.0400");
	}

	@Test
	void theStateLeavesAndComesBack() {
		this.http.createTask("task_state", "src_db", "state_ap");
		String saved = this.admin.exportState();
		assertThat(Json.parse(saved)).isInstanceOfSatisfying(java.util.Map.class,
				(document) -> assertThat(document).containsKeys("format_version", "topology", "tasks", "jobs"));
		this.admin.reset();
		assertThat(this.admin.info().tasks()).isZero();
		assertThat(this.admin.importState(saved).tasks()).isEqualTo(1);
		assertThat(this.admin.info().tasks()).isEqualTo(1);
		assertRefused(() -> this.admin.importState("{\"format_version\":\"1\",\"tasks\":[],\"jobs\":[]}"), 400,
				"EMULATOR.0400", "format_version");
	}

	@Test
	void theJournalListsFiltersAndClears() {
		this.http.createTask("task_journal", "src_db", "journal_ap");
		this.http.get(HttpProbe.REPLICATION_PATH + "/configuration?task_name=no_such_task");

		List<JournalEntry> all = this.admin.journal();
		assertThat(all).hasSize(2);
		assertThat(all.get(0).seq()).as("newest first").isGreaterThan(all.get(1).seq());
		JournalEntry created = all.get(1);
		assertThat(created.operation()).isEqualTo("CreateStarRocksDataReplication");
		assertThat(created.method()).isEqualTo("POST");
		assertThat(created.projectId()).isEqualTo(DemoTopology.PROJECT_ID);
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.query()).isNull();
		assertThat(created.fault()).isNull();
		assertThat(created.body()).contains("\"task_name\":\"task_journal\"");
		assertThat(created.headers()).containsEntry("x-auth-token", "[redacted]");
		assertThat(all.get(0).query()).isEqualTo("task_name=no_such_task");

		assertThat(this.admin.journal("CreateStarRocksDataReplication")).containsExactly(created);
		assertThat(this.admin.journal(JournalFilter.ALL.withStatus("4xx")).requests()).containsExactly(all.get(0));
		assertThat(this.admin.journal(JournalFilter.ALL.withStatus(200).withMethod("post")).requests())
			.containsExactly(created);
		assertThat(this.admin
			.journal(JournalFilter.ALL.withPath("/v3/*/instances/**/replication").withProject(DemoTopology.PROJECT_ID))
			.requests()).containsExactly(created);
		assertThat(this.admin.journal(JournalFilter.ALL.withLimit(1)).requests()).containsExactly(all.get(0));
		assertThat(this.admin.journal(JournalFilter.ALL.withPath("/x&limit=0")).requests())
			.as("a value is sent whole, never read as another parameter")
			.isEmpty();
		assertThat(assertRefused(() -> this.admin.journal(JournalFilter.ALL.withOperation("x&limit=0")), 400,
				"EMULATOR.0400", "operation")
			.errorMsg()).doesNotContain("limit");
		assertThat(this.admin.journal(JournalFilter.ALL.withPath("/v3/sp\u00e4ce+%20/**")).requests()).isEmpty();

		assertRefused(() -> this.admin.journal(JournalFilter.ALL.withLimit(0).withStatus("5x")), 400, "EMULATOR.0400",
				"limit: must be a whole number from 1 to 999999999",
				"status: must be an HTTP status such as 404, or a class such as 4xx");
		assertRefused(() -> this.admin.journal(JournalFilter.ALL.withMethod("")), 400, "EMULATOR.0400", "method");

		assertThat(this.admin.clearJournal()).isEqualTo(2);
		assertThat(this.admin.journal()).isEmpty();
		assertThat(this.admin.clearJournal()).isZero();
	}

	@Test
	void faultRulesFireListAndGo() {
		FaultRule error = this.admin
			.addFault(Fault.on("ListStarRocksDataReplications").error(503, "DBS.05000000", "Injected.").times(1));
		assertThat(error.id()).startsWith("fault-");
		assertThat(error.status()).isEqualTo(503);
		assertThat(error.remaining()).isEqualTo(1L);
		FaultRule delay = this.admin.addFault("{\"method\":\"get\",\"path\":\"/v3/*/jobs\",\"effect\":\"delay\","
				+ "\"delay_ms\":1,\"probability\":0.5}");
		assertThat(delay.method()).isEqualTo("GET");
		assertThat(delay.probability()).isEqualTo(0.5);
		assertThat(this.admin.faults()).containsExactly(error, delay);

		this.http.get(HttpProbe.REPLICATION_PATH).assertError(503, "DBS.05000000", "Injected.");
		FaultRule fired = this.admin.fault(error.id());
		assertThat(fired.matched()).isEqualTo(1);
		assertThat(fired.fired()).isEqualTo(1);
		assertThat(fired.remaining()).isZero();
		JournalEntry entry = this.admin.journal("ListStarRocksDataReplications").get(0);
		assertThat(entry.fault()).isEqualTo(new JournalEntry.Fault(error.id(), "error", null));
		assertThat(entry.status()).isEqualTo(503);

		assertThat(this.admin.removeFault(error.id())).isEqualTo(fired);
		assertRefused(() -> this.admin.fault(error.id()), 404, "EMULATOR.0404", error.id());
		assertRefused(() -> this.admin.removeFault(error.id()), 404, "EMULATOR.0404", error.id());
		assertRefused(() -> this.admin.fault("no such rule+\u00e9"), 404, "EMULATOR.0404");
		assertThat(this.admin.clearFaults()).isEqualTo(1);
		assertThat(this.admin.faults()).isEmpty();
	}

	@Test
	void aMalformedFaultRuleIsRefusedNamingItsFields() {
		assertRefused(() -> this.admin.addFault(Fault.on("ModifyDataSync").error(99).probability(2)), 400,
				"EMULATOR.0400", "status", "probability");
		assertRefused(() -> this.admin.addFault(Fault.onPath("/v3/**").delay(Duration.ofMillis(-1))), 400,
				"EMULATOR.0400", "delay_ms");
		assertRefused(() -> this.admin.addFault("{\"operation\":\"ModifyDataSync\",\"effect\":\"drop\",\"tmies\":1}"),
				400, "EMULATOR.0400", "tmies");
		assertRefused(() -> this.admin.addFault("not json"), 400, "EMULATOR.0400");
		assertThat(this.admin.faults()).isEmpty();
	}

	@Test
	void jobsEndOnDemand() {
		String first = this.http.createTask("task_jobs", "src_db", "jobs_ap");
		JobDetail completed = this.admin.completeJob(first);
		assertThat(completed.id()).isEqualTo(first);
		assertThat(completed.status()).isEqualTo("Completed");
		assertThat(completed.name()).isEqualTo("CreateStarRocksDataReplication");
		assertThat(completed.instance().id()).isEqualTo(DemoTopology.STARROCKS_INSTANCE_ID);
		assertThat(completed.entities()).containsEntry("task_name", "task_jobs");
		assertThat(completed.ended()).isNotNull();
		assertThat(completed.failReason()).isNull();
		assertRefused(() -> this.admin.completeJob(first), 409, "EMULATOR.0409", first);
		assertRefused(() -> this.admin.failJob(first, "late"), 409, "EMULATOR.0409", first);
		assertRefused(() -> this.admin.completeJob("no-such-job"), 404, "EMULATOR.0404", "no-such-job");
		assertRefused(() -> this.admin.failJob("no-such-job", "why"), 404, "EMULATOR.0404", "no-such-job");

		String second = this.http.createTask("task_fails", "src_db", "fails_ap");
		assertRefused(() -> this.admin.failJob(second, null), 400, "EMULATOR.0400", "fail_reason");
		assertRefused(() -> this.admin.failJob(second, " "), 400, "EMULATOR.0400", "fail_reason");
		JobDetail failed = this.admin.failJob(second, "binlog purged \"quoted\" \u00e9");
		assertThat(failed.status()).isEqualTo("Failed");
		assertThat(failed.failReason()).isEqualTo("binlog purged \"quoted\" \u00e9");

		assertThat(this.admin.completeRunningJobs()).isEmpty();
		String third = this.http.createTask("task_running", "src_db", "running_ap");
		assertThat(this.admin.completeRunningJobs()).singleElement().satisfies((job) -> {
			assertThat(job.id()).isEqualTo(third);
			assertThat(job.status()).isEqualTo("Completed");
		});
	}

	@Test
	void theManualClockMovesByWholeMilliseconds() {
		ClockState clock = this.admin.clock();
		assertThat(clock.manual()).isTrue();
		assertThat(this.admin.isManualClock()).isTrue();
		Instant start = this.admin.now();
		assertThat(this.admin.advanceClock(Duration.ofMillis(1)).instant()).isEqualTo(start.plusMillis(1));
		assertThat(this.admin.advanceClock(Duration.ofSeconds(90)).instant()).isEqualTo(start.plusMillis(90_001));
		assertThat(this.admin.advanceClock(Duration.ZERO).instant()).isEqualTo(start.plusMillis(90_001));
		assertThat(this.admin.advanceClock(Duration.ofHours(48).plusMillis(999)).instant())
			.isEqualTo(start.plusMillis(90_001).plus(Duration.ofHours(48)).plusMillis(999));
		assertRefused(() -> this.admin.advanceClock(Duration.ofNanos(1_500_000)), 400, "EMULATOR.0400", "seconds");
		assertRefused(() -> this.admin.advanceClock(Duration.ofMillis(-500)), 400, "EMULATOR.0400", "seconds");
		assertRefused(() -> this.admin.advanceClock(Duration.ofSeconds(1_000_000_000)), 400, "EMULATOR.0400",
				"seconds");
	}

	@Test
	void aDelayRuleDoesNotSlowTheControlPlane() {
		this.admin.addFault(Fault.onPath("/**").delay(Duration.ofSeconds(60)));
		long started = System.nanoTime();
		assertThat(this.admin.faults()).hasSize(1);
		this.admin.clock();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	private static List<String> projectIds(Topology topology) {
		return topology.projects().stream().map(Topology.Project::id).toList();
	}

}
