package io.github.taurusdbhtapmock.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.taurusdbhtapmock.admin.api.AdminException;
import io.github.taurusdbhtapmock.admin.api.ClockState;
import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;
import io.github.taurusdbhtapmock.admin.api.EmulatorInfo;
import io.github.taurusdbhtapmock.admin.api.FaultDefinition;
import io.github.taurusdbhtapmock.admin.api.FaultRule;
import io.github.taurusdbhtapmock.admin.api.ImportedState;
import io.github.taurusdbhtapmock.admin.api.JobDetail;
import io.github.taurusdbhtapmock.admin.api.JournalFilter;
import io.github.taurusdbhtapmock.admin.api.JournalListing;
import io.github.taurusdbhtapmock.admin.api.ResetResult;
import io.github.taurusdbhtapmock.admin.api.Topology;

import static io.github.taurusdbhtapmock.client.AdminRefusals.assertSameRefusal;
import static io.github.taurusdbhtapmock.client.AdminRefusals.catchControl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EmulatorAdminClient} as an {@link EmulatorAdmin}, next to the HTTP control plane
 * of an emulator in a JVM of its own: the published records, written by the kit's codec,
 * are exactly the JSON the endpoints answer, and the two doors refuse alike, each in its
 * language.
 */
class AdminContractTest {

	@RegisterExtension
	static final SeparateEmulator.Shared EMULATOR = SeparateEmulator.shared("--emulator.clock.mode=manual");

	private EmulatorAdmin admin;

	private HttpProbe http;

	@BeforeEach
	void connect() {
		this.admin = EmulatorAdminClient.connect(EMULATOR.baseUrl());
		this.http = HttpProbe.of(EMULATOR.baseUrl());
		this.admin.reset();
	}

	@Test
	void infoClockAndTopologyAreTheEndpointsReplies() {
		EmulatorInfo info = this.admin.info();
		Map<String, Object> endpoint = this.http.get("/_emulator/info").assertOk().object();
		assertThat(json(info).keySet()).containsExactlyElementsOf(endpoint.keySet());
		assertThat(info.clock()).isEqualTo("manual");
		assertThat(info.now()).isEqualTo(endpoint.get("now"));

		ClockState clock = this.admin.clock();
		assertThat(json(clock)).isEqualTo(this.http.get("/_emulator/clock").assertOk().json());
		assertThat(clock.manual()).isTrue();

		assertThat(json(this.admin.topology())).isEqualTo(this.http.get("/_emulator/topology").assertOk().json());
	}

	@Test
	void faultRulesAndJobsAreTheEndpointsReplies() {
		FaultRule added = this.admin.addFault(
				new FaultDefinition("ModifyDataSync", null, null, null, "delay", null, null, null, 5L, null, 2, null));
		assertThat(json(added)).isEqualTo(this.http.get("/_emulator/faults/" + added.id()).assertOk().json());
		assertThat(json(added).containsKey("status")).as("fields not given are left out").isFalse();

		String jobId = createTask("task_contract");
		JobDetail completed = this.admin.completeJob(jobId);
		Object shown = this.http.get("/v3/" + DemoTopology.PROJECT_ID + "/jobs?id=" + jobId).assertOk().at("/job");
		assertThat(json(completed)).isEqualTo(shown);
		assertThat(json(completed).containsKey("fail_reason")).isFalse();
	}

	@Test
	void runningJobsCompleteThroughEitherDoor() {
		String first = createTask("task_one");
		assertThat(this.admin.completeRunningJobs()).extracting(JobDetail::id).containsExactly(first);

		String second = createTask("task_two");
		ProbeReply completed = this.http.post("/_emulator/jobs/complete-running", null).assertOk();
		assertThat((List<?>) completed.at("/jobs")).hasSize(1);
		assertThat(completed.at("/jobs/0/id")).isEqualTo(second);
		assertThat(completed.at("/jobs/0/status")).isEqualTo("Completed");
		assertThat((List<?>) this.http.post("/_emulator/jobs/complete-running", null).assertOk().at("/jobs")).isEmpty();
	}

	@Test
	void theStateExportsAndImportsAsJsonText() {
		createTask("task_one");
		String exported = this.admin.exportState();
		assertThat(Json.parse(exported)).isEqualTo(this.http.get("/_emulator/state").assertOk().json());

		assertThat(this.admin.reset()).isEqualTo(new ResetResult(ResetResult.EVERYTHING));
		ImportedState imported = this.admin.importState(exported);
		assertThat(imported).isEqualTo(new ImportedState(1, 1));
		assertThat(Json.parse(this.admin.exportState())).isEqualTo(Json.parse(exported));

		String badJobs = "{\"format_version\":\"1\",\"tasks\":[],\"jobs\":7}";
		assertSameRefusal(() -> this.admin.importState(badJobs), this.http.put("/_emulator/state", badJobs), 400,
				"EMULATOR.0400");
		assertThat(catchControl(() -> this.admin.importState(badJobs)).errorMsg())
			.endsWith("jobs: must be a JSON array.");
		assertSameRefusal(() -> this.admin.importState(""), this.http.put("/_emulator/state", ""), 400,
				"EMULATOR.0400");
		String badVersion = "{\"format_version\":\"2\",\"tasks\":[],\"jobs\":[]}";
		assertSameRefusal(() -> this.admin.importState(badVersion), this.http.put("/_emulator/state", badVersion), 400,
				"EMULATOR.0400");
	}

	@Test
	void theJournalFiltersAsTheQueryDoes() {
		createTask("task_one");
		JournalListing listing = this.admin
			.journal(JournalFilter.ALL.withMethod("post").withStatus("2xx").withLimit(5));
		assertThat(json(listing))
			.isEqualTo(this.http.get("/_emulator/requests?method=post&status=2xx&limit=5").assertOk().json());
		assertThat(listing.requests()).hasSize(1);
		assertThat(listing.maxEntries()).isEqualTo(1000);

		assertSameRefusal(() -> this.admin.journal(JournalFilter.ALL.withLimit(0).withStatus("5x")),
				this.http.get("/_emulator/requests?limit=0&status=5x"), 400, "EMULATOR.0400");
	}

	/**
	 * The same rules for a topology addition, whether as records, as JSON or over HTTP.
	 */
	@Test
	void aTopologyAdditionIsCheckedAlikeThroughEveryDoor() {
		String json = """
				{"projects":[{"id":"short","starrocks_instances":[{"id":"bad","be_nodes":0}]}]}""";
		Topology records = new Topology(List
			.of(new Topology.Project("short", List.of(new Topology.StarRocksInstance("bad", null, 0, null)), null)));
		ProbeReply endpoint = this.http.post("/_emulator/topology", json);
		assertSameRefusal(() -> this.admin.addTopology(json), endpoint, 400, "EMULATOR.0400");
		assertSameRefusal(() -> this.admin.addTopology(records), endpoint, 400, "EMULATOR.0400");
		assertThat(endpoint.errorMessage()).contains("projects[0].id", "projects[0].starrocks_instances[0].id",
				"projects[0].starrocks_instances[0].be_nodes");

		String nullProject = "{\"projects\":[null]}";
		assertSameRefusal(() -> this.admin.addTopology(nullProject), this.http.post("/_emulator/topology", nullProject),
				400, "EMULATOR.0400");
		assertSameRefusal(() -> this.admin.addTopology(new Topology(Arrays.asList((Topology.Project) null))),
				this.http.post("/_emulator/topology", nullProject), 400, "EMULATOR.0400");
	}

	/**
	 * Over HTTP a refusal speaks the request's X-Language; in Java it is in English. The
	 * clock's checks are the same whichever door.
	 */
	@Test
	void refusalsSpeakTheCallersLanguage() {
		ProbeReply chinese = this.http.withHeader("X-Language", "zh-cn")
			.send("DELETE", "/_emulator/faults/fault-999", null)
			.assertError(404, "EMULATOR.0404", "");
		assertThat(chinese.errorMessage()).contains("fault-999").doesNotContain("No fault rule");
		assertThat(catchControl(() -> this.admin.removeFault("fault-999")).errorMsg())
			.isEqualTo(this.http.send("DELETE", "/_emulator/faults/fault-999", null).errorMessage());

		assertSameRefusal(() -> this.admin.advanceClock(Duration.ofNanos(1)),
				this.http.post("/_emulator/clock/advance?seconds=0.000000001", null), 400, "EMULATOR.0400");
		assertSameRefusal(() -> this.admin.advanceClock(Duration.ofSeconds(-1)),
				this.http.post("/_emulator/clock/advance?seconds=-1", null), 400, "EMULATOR.0400");
		Instant before = this.admin.clock().instant();
		assertThat(this.admin.advanceClock(Duration.ofMillis(2500)).instant()).isEqualTo(before.plusMillis(2500))
			.isEqualTo(this.admin.clock().instant());
	}

	private String createTask(String name) {
		return this.http.createTask(name, "src_db", name + "_ap");
	}

	/**
	 * As the client writes it on the wire and reads back, so numbers compare as the
	 * endpoint's do.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(Object record) {
		return (Map<String, Object>) Json.parse(RecordCodec.write(record));
	}

}
