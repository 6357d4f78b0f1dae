package io.github.taurusdbhtapmock.service.job;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import io.github.taurusdbhtapmock.support.Names;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finished jobs are kept for the retention on the emulator's clock, and a project keeps
 * only so many: a forgotten job answers ShowGaussMySqlJobInfo exactly as an unknown one.
 */
@TestPropertySource(properties = { "emulator.limits.job-retention=1h", "emulator.limits.jobs-per-project=3" })
class JobRetentionTest extends ManualClockEmulatorTest {

	private static final String JOBS = "/v3/" + ApiClient.PROJECT + "/jobs?id=";

	@BeforeEach
	void reset() {
		this.api.post("/_emulator/reset", "").assertOk();
	}

	@Test
	void aFinishedJobIsForgottenOnceTheRetentionHasPassed() {
		String job = createTask();
		advanceSeconds(2);
		assertThat(this.api.get(JOBS + job).assertOk().json().get("job").get("status").asString())
			.isEqualTo("Completed");

		advanceSeconds(3600 - 0.001);
		this.api.get(JOBS + job).assertOk();
		assertThat(jobsHeld()).isEqualTo(1);

		advanceSeconds(0.001);
		assertForgotten(job);
		assertThat(jobsHeld()).isZero();
	}

	@Test
	void movingTheClockThroughTheControlPlaneExpiresJobsToo() {
		String job = createTask();
		this.api.post("/_emulator/clock/advance?seconds=3602", "").assertOk();
		assertForgotten(job);
	}

	@Test
	void aJobEndedEarlyIsKeptFromItsEnd() {
		String job = createTask();
		advanceSeconds(1);
		this.api.post("/_emulator/jobs/" + job + "/complete", "").assertOk();
		advanceSeconds(3599);
		this.api.get(JOBS + job).assertOk();
		advanceSeconds(1);
		assertForgotten(job);
	}

	@Test
	void aNewJobForgetsTheOldestFinishedOneWhenTheProjectKeepsAsManyAsItMay() {
		String first = createTask();
		advanceSeconds(1);
		String second = createTask();
		String third = createTask();
		String state = this.api.get("/_emulator/state").assertOk().body();

		// all three running: the fourth is refused until the first ends, and nothing
		// changes
		ApiResponse refused = this.api.post(ApiClient.REPLICATION_PATH, createBody(Names.unique("cap")))
			.assertError(409, "DBS.200019",
					"Another operation is being performed on the DB instance or the DB instance is faulty. Project "
							+ ApiClient.PROJECT + " keeps at most 3 jobs (emulator.limits.jobs-per-project");
		assertThat(refused.header("Retry-After")).isEqualTo("1");
		assertThat(this.api.withHeader("X-Language", "zh-cn")
			.post(ApiClient.REPLICATION_PATH, createBody(Names.unique("cap")))
			.assertError(409, "DBS.200019", "实例正在进行其他操作或实例故障。")
			.errorMessage()).contains("最多保留 3 个作业", "emulator.limits.jobs-per-project");
		assertThat(this.api.get("/_emulator/state").assertOk().body()).isEqualTo(state);

		advanceSeconds(1);
		String fourth = createTask();
		assertForgotten(first);
		this.api.get(JOBS + second).assertOk();
		this.api.get(JOBS + third).assertOk();
		this.api.get(JOBS + fourth).assertOk();
		assertThat(jobsHeld()).isEqualTo(3);
	}

	/** Exactly the answer for a job id the emulator never issued, but for the id. */
	private void assertForgotten(String job) {
		ApiResponse forgotten = this.api.get(JOBS + job);
		String unknownId = "ff" + job.substring(2);
		ApiResponse unknown = this.api.get(JOBS + unknownId);
		forgotten.assertError(400, "DBS.200543", "The job does not exist.");
		assertThat(forgotten.body()).isEqualTo(unknown.body().replace(unknownId, job));
	}

	private int jobsHeld() {
		return this.api.get("/_emulator/info").assertOk().json().get("jobs").asInt();
	}

	/** Creates a task; returns the id of the job that starts it. */
	private String createTask() {
		return this.api.post(ApiClient.REPLICATION_PATH, createBody(Names.unique("kept"))).assertOk().text("job_id");
	}

	private static String createBody(String name) {
		return """
				{"source_instance_id":"%s","source_database":"src_db","target_database":"%s","task_name":"%s"}"""
			.formatted(ApiClient.SOURCE_INSTANCE, name + "_t", name);
	}

}
