package io.github.taurusdbhtapmock.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.Fault;
import io.github.taurusdbhtapmock.admin.api.AdminException;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;
import io.github.taurusdbhtapmock.admin.api.Topology;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulatorTest;
import io.github.taurusdbhtapmock.testsupport.SdkTasks;

import static io.github.taurusdbhtapmock.client.AdminRefusals.assertSameRefusal;
import static io.github.taurusdbhtapmock.client.AdminRefusals.catchControl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The JUnit handle's control-plane methods (its EmulatorAdminClient) do what their
 * /_emulator endpoints do, and refuse what they refuse with the same error: each refusal
 * here is compared with the endpoint's answer to the same call.
 */
@TaurusHtapEmulatorTest(manualClock = true, properties = "emulator.clock.start=2026-01-02T03:04:05Z")
class ControlPlaneHandleTest {

	private static final String OTHER_PROJECT = "fedcba9876543210fedcba9876543210";

	private TaurusHtapEmulator emulator;

	private GaussDBClient client;

	private HttpProbe http;

	@BeforeEach
	void connect() {
		this.client = this.emulator.gaussDbClient();
		this.http = HttpProbe.of(this.emulator.baseUrl());
	}

	@Test
	void theBaseUrlIsWhereTheEmulatorAnswers() {
		assertThat(this.emulator.baseUrl()).isEqualTo("http://localhost:" + this.emulator.port());
		this.http.get("/_emulator/clock").assertOk();
	}

	@Test
	void resetOfOneProjectLeavesTheOthers() {
		this.emulator.addTopology(new Topology.Project(OTHER_PROJECT, List.of(), List.of()));
		String jobId = SdkTasks.create(this.client, "task_one");
		this.emulator.addFault(Fault.on("ModifyDataSync").drop());

		this.emulator.reset(TaurusHtapEmulator.DEMO_PROJECT_ID);

		assertThat(SdkTasks.listTotal(this.client)).isEqualTo("0");
		assertThat(catchControl(() -> this.emulator.completeJob(jobId)).errorCode()).isEqualTo("EMULATOR.0404");
		assertThat(this.emulator.topology().projects()).extracting(Topology.Project::id).contains(OTHER_PROJECT);
		assertThat(this.emulator.faults()).hasSize(1);

		this.emulator.reset();
		assertThat(this.emulator.topology().projects()).extracting(Topology.Project::id)
			.containsExactly(TaurusHtapEmulator.DEMO_PROJECT_ID);
		assertThat(this.emulator.faults()).isEmpty();
	}

	@Test
	void aMalformedProjectIdIsRefusedAsTheEndpointRefusesIt() {
		assertSameRefusal(() -> this.emulator.reset("not-a-project"),
				this.http.post("/_emulator/reset?project_id=not-a-project", ""), 400, "EMULATOR.0400");
	}

	@Test
	void topologyAdditionsAsRecordsOrJson() {
		Topology after = this.emulator.addTopology(new Topology.Project(TaurusHtapEmulator.DEMO_PROJECT_ID, List.of(),
				List.of(new Topology.TaurusInstance(TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID, "", List.of(), List
					.of(new Topology.Database("crm", List.of(new Topology.Table("leads", List.of("id", "score")))))))));
		assertThat(after.projects().get(0).taurusInstances().get(0).databases()).extracting(Topology.Database::name)
			.contains("crm", "sales", "src_db");

		this.emulator.addTopology("""
				{"projects": [{"id": "%s"}]}""".formatted(OTHER_PROJECT));
		assertThat(this.emulator.topology().projects()).extracting(Topology.Project::id).contains(OTHER_PROJECT);
	}

	@Test
	void topologyRefusalsAreTheEndpointsRefusals() {
		String existing = """
				{"projects":[{"id":"0123456789abcdef0123456789abcdef",
				  "starrocks_instances":[{"id":"aaaabbbbccccddddeeeeffff00001111in17"}]}]}""";
		assertSameRefusal(() -> this.emulator.addTopology(existing), this.http.post("/_emulator/topology", existing),
				409, "EMULATOR.0409");

		String badId = """
				{"projects":[{"id":"0123456789abcdef0123456789abcdef",
				  "starrocks_instances":[{"id":"not-an-instance"}]}]}""";
		AdminException refused = catchControl(() -> this.emulator.addTopology(badId));
		assertThat(refused.httpStatus()).isEqualTo(400);
		assertThat(refused.errorMsg()).contains("projects[0].starrocks_instances[0].id");

		assertThat(catchControl(() -> this.emulator.addTopology("{\"projects\": [")).errorCode())
			.isEqualTo("EMULATOR.0400");
	}

	@Test
	void faultRulesFireCountAndGo() {
		FaultRule rule = this.emulator.addFault(Fault.on("ListStarRocksDataReplications")
			.error(429, "APIGW.0308", "The throttling threshold has been reached.")
			.times(1));
		assertThat(rule.id()).startsWith("fault-");
		assertThat(rule.remaining()).isEqualTo(1);

		assertThat(catchThrowableOfType(RuntimeException.class, () -> SdkTasks.listTotal(this.client))).isNotNull();
		assertThat(SdkTasks.listTotal(this.client)).isEqualTo("0");

		FaultRule counted = this.emulator.fault(rule.id());
		assertThat(counted.matched()).isEqualTo(2);
		assertThat(counted.fired()).isEqualTo(1);
		assertThat(this.emulator.faults()).containsExactly(counted);
		assertThat(this.emulator.removeFault(rule.id())).isEqualTo(counted);
		assertThat(this.emulator.faults()).isEmpty();

		this.emulator.addFault("{\"method\": \"GET\", \"path\": \"/v3/*/jobs\", \"effect\": \"drop\"}");
		this.emulator.addFault(Fault.onPath("/v3/**").delay(Duration.ofMillis(1), Duration.ofMillis(2)));
		assertThat(this.emulator.clearFaults()).isEqualTo(2);
	}

	@Test
	void faultRefusalsAreTheEndpointsRefusals() {
		Fault impossible = Fault.on("ModifyDataSync").error(600).probability(1.5).times(0);
		String body = "{\"operation\":\"ModifyDataSync\",\"effect\":\"error\",\"status\":600,\"probability\":1.5,\"times\":0}";
		assertSameRefusal(() -> this.emulator.addFault(impossible), this.http.post("/_emulator/faults", body), 400,
				"EMULATOR.0400");

		assertSameRefusal(() -> this.emulator.addFault(Fault.on("NoSuchOperation").drop()),
				this.http.post("/_emulator/faults", "{\"operation\":\"NoSuchOperation\",\"effect\":\"drop\"}"), 400,
				"EMULATOR.0400");
		assertSameRefusal(
				() -> this.emulator.addFault("{\"operation\": \"ModifyDataSync\", \"effect\": \"drop\", \"tims\": 3}"),
				this.http.post("/_emulator/faults",
						"{\"operation\": \"ModifyDataSync\", \"effect\": \"drop\", \"tims\": 3}"),
				400, "EMULATOR.0400");
		assertSameRefusal(() -> this.emulator.removeFault("fault-999"),
				this.http.send("DELETE", "/_emulator/faults/fault-999", null), 404, "EMULATOR.0404");
	}

	@Test
	void theJournalListsTheSdksCallsNewestFirst() {
		SdkTasks.create(this.client, "task_one");
		SdkTasks.listTotal(this.client);

		List<JournalEntry> journal = this.emulator.journal();
		assertThat(journal).extracting(JournalEntry::operation)
			.containsExactly("ListStarRocksDataReplications", "CreateStarRocksDataReplication");
		assertThat(journal.get(1).headers()).containsEntry("authorization", "[redacted]");
		assertThat(journal.get(1).body()).contains("\"task_name\":\"task_one\"");
		assertThat(this.emulator.journal("CreateStarRocksDataReplication")).containsExactly(journal.get(1));
		assertThat(this.emulator.journal((entry) -> entry.method().equals("GET"))).containsExactly(journal.get(0));

		assertThat(this.emulator.clearJournal()).isEqualTo(2);
		assertThat(this.emulator.journal()).isEmpty();
	}

	@Test
	void jobsEndOnCommand() {
		String first = SdkTasks.create(this.client, "task_one");
		String second = SdkTasks.create(this.client, "task_two");

		JobDetail completed = this.emulator.completeJob(first);
		assertThat(completed.status()).isEqualTo("Completed");
		assertThat(completed.ended()).isEqualTo(completed.created());
		assertSameRefusal(() -> this.emulator.completeJob(first),
				this.http.post("/_emulator/jobs/" + first + "/complete", ""), 409, "EMULATOR.0409");
		assertSameRefusal(() -> this.emulator.failJob("no-such-job", "why"),
				this.http.post("/_emulator/jobs/no-such-job/fail", "{\"fail_reason\":\"why\"}"), 404, "EMULATOR.0404");
		assertSameRefusal(() -> this.emulator.failJob(second, " "),
				this.http.post("/_emulator/jobs/" + second + "/fail", "{\"fail_reason\":\" \"}"), 400, "EMULATOR.0400");

		String third = SdkTasks.create(this.client, "task_three");
		assertThat(this.emulator.failJob(second, "binlog purged").failReason()).isEqualTo("binlog purged");
		assertThat(this.emulator.completeRunningJobs()).extracting(JobDetail::id).containsExactly(third);
		assertThat(this.emulator.completeRunningJobs()).isEmpty();
	}

	@Test
	void theManualClockMovesOnCommand() {
		assertThat(this.emulator.isManualClock()).isTrue();
		Instant start = this.emulator.now();
		assertThat(start).isAfterOrEqualTo(Instant.parse("2026-01-02T03:04:05Z"));

		assertThat(this.emulator.advanceClock(Duration.ofMinutes(90)).instant())
			.isEqualTo(start.plus(Duration.ofMinutes(90)));
		assertThat(this.emulator.now()).isEqualTo(start.plus(Duration.ofMinutes(90)));
		assertThat(catchControl(() -> this.emulator.advanceClock(Duration.ofSeconds(-1))).httpStatus()).isEqualTo(400);
	}

	@Test
	void aSystemClockCannotBeAdvanced() {
		try (TaurusHtapEmulator system = TaurusHtapEmulator.start()) {
			assertThat(system.isManualClock()).isFalse();
			assertSameRefusal(() -> system.advanceClock(Duration.ofSeconds(1)),
					HttpProbe.of(system.baseUrl()).post("/_emulator/clock/advance?seconds=1", ""), 409,
					"EMULATOR.0409");
		}
	}

	@Test
	void refusalsAreInEnglishWhateverTheJvmsLocale() {
		Locale jvmDefault = Locale.getDefault();
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		try {
			AdminException refused = catchControl(() -> this.emulator.reset("bad"));
			assertThat(refused.errorMsg()).startsWith("Invalid control-plane request. project_id:");
		}
		finally {
			Locale.setDefault(jvmDefault);
		}
	}

	@Test
	void theInjectedEmulatorIsTheExtensionsToStop() {
		assertThat(catchThrowableOfType(IllegalStateException.class, () -> this.emulator.close()))
			.hasMessageContaining("TaurusHtapEmulatorExtension");
		assertThat(this.emulator.isRunning()).isTrue();
	}

}
