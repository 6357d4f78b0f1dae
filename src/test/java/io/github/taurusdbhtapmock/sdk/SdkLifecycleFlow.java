package io.github.taurusdbhtapmock.sdk;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.CreateStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.DbConfig;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.DeleteStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.GetJobInfoDetail;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsResponse;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncConfigRequestV3;
import com.huaweicloud.sdk.gaussdb.v3.model.ModifyDataSyncRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.PauseStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.PauseStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ResumeStarRocksDataReplication;
import com.huaweicloud.sdk.gaussdb.v3.model.ResumeStarRocksDataReplicationRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.ShowGaussMySqlJobInfoRequest;
import com.huaweicloud.sdk.gaussdb.v3.model.StarRocksReplicationInfo;

import io.github.taurusdbhtapmock.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a task through the official SDK: create → list → pause → resume →
 * modify (its job polled to Completed) → delete → gone. Waiting is delegated, so the same
 * flow runs with instant jobs and with jobs that take time on a clock the test moves.
 */
final class SdkLifecycleFlow {

	private static final String LANGUAGE = "en-us";

	private final GaussDBClient client;

	private final Waiter waiter;

	/**
	 * Waits until a condition holds, moving time as the test sees fit; fails the test if
	 * it never does.
	 */
	@FunctionalInterface
	interface Waiter {

		void until(String what, BooleanSupplier condition);

	}

	SdkLifecycleFlow(GaussDBClient client, Waiter waiter) {
		this.client = client;
		this.waiter = waiter;
	}

	void run(String task, String target) {
		String createJob = this.client
			.createStarRocksDataReplication(
					new CreateStarRocksDataReplicationRequest().withInstanceId(ApiClient.INSTANCE)
						.withXLanguage(LANGUAGE)
						.withBody(new CreateStarRocksDataReplication().withSourceInstanceId(ApiClient.SOURCE_INSTANCE)
							.withSourceNodeId(ApiClient.READ_REPLICA)
							.withSourceDatabase("src_db")
							.withTargetDatabase(target)
							.withTaskName(task)))
			.getJobId();
		assertThat(createJob).isNotBlank();
		this.waiter.until("started", () -> stage(task).filter((stage) -> stage.equals("Incremental")).isPresent());
		StarRocksReplicationInfo listed = find(task).orElseThrow();
		assertThat(listed.getStatus().getValue()).isEqualTo("Yes");
		assertThat(listed.getPercentage()).isEqualTo("100");
		assertThat(listed.getSourceDatabase()).isEqualTo("src_db");
		assertThat(listed.getTargetDatabase()).isEqualTo(target);

		this.client
			.pauseStarRocksDataReplication(new PauseStarRocksDataReplicationRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage(LANGUAGE)
				.withBody(new PauseStarRocksDataReplication().withTaskName(task)));
		this.waiter.until("paused", () -> stage(task).filter((stage) -> stage.equals("Paused")).isPresent());

		this.client.resumeStarRocksDataReplication(
				new ResumeStarRocksDataReplicationRequest().withInstanceId(ApiClient.INSTANCE)
					.withXLanguage(LANGUAGE)
					.withBody(new ResumeStarRocksDataReplication().withTaskName(task)));
		this.waiter.until("resumed", () -> stage(task).filter((stage) -> stage.equals("Incremental")).isPresent());

		String modifyJob = this.client
			.modifyDataSync(new ModifyDataSyncRequest().withInstanceId(ApiClient.INSTANCE)
				.withXLanguage(LANGUAGE)
				.withBody(new ModifyDataSyncConfigRequestV3().withTaskName(task)
					.withDbConfigs(List.of(new DbConfig().withParamName("sync_commit_interval_ms").withValue("2000")))))
			.getJobId();
		assertThat(modifyJob).isNotBlank();
		this.waiter.until("modify job completed",
				() -> job(modifyJob).getStatus() == GetJobInfoDetail.StatusEnum.COMPLETED);
		GetJobInfoDetail completed = job(modifyJob);
		assertThat(completed.getName()).isEqualTo("ModifyDataSync");
		assertThat(completed.getEnded()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0000");
		assertThat(completed.getInstance().getId()).isEqualTo(ApiClient.INSTANCE);

		String deleteJob = this.client
			.deleteStarRocksDataReplication(
					new DeleteStarRocksDataReplicationRequest().withInstanceId(ApiClient.INSTANCE)
						.withXLanguage(LANGUAGE)
						.withBody(new DeleteStarRocksDataReplication().withTaskName(task)))
			.getJobId();
		assertThat(deleteJob).isNotBlank();
		this.waiter.until("deleted", () -> find(task).isEmpty());
		assertThat(job(deleteJob).getStatus()).isEqualTo(GetJobInfoDetail.StatusEnum.COMPLETED);
	}

	Optional<String> stage(String task) {
		return find(task).map((info) -> info.getStage().getValue());
	}

	/** Reads every page, as a client must: the list is paged by record offset. */
	Optional<StarRocksReplicationInfo> find(String task) {
		int offset = 0;
		while (true) {
			ListStarRocksDataReplicationsResponse page = this.client.listStarRocksDataReplications(
					new ListStarRocksDataReplicationsRequest().withInstanceId(ApiClient.INSTANCE)
						.withXLanguage(LANGUAGE)
						.withLimit("100")
						.withOffset(String.valueOf(offset)));
			assertThat(Integer.parseInt(page.getTotalCount())).isGreaterThanOrEqualTo(page.getReplications().size());
			if (page.getReplications().isEmpty()) {
				return Optional.empty();
			}
			Optional<StarRocksReplicationInfo> found = page.getReplications()
				.stream()
				.filter((info) -> info.getTaskName().equals(task))
				.findFirst();
			if (found.isPresent()) {
				return found;
			}
			offset += page.getReplications().size();
		}
	}

	GetJobInfoDetail job(String jobId) {
		return this.client.showGaussMySqlJobInfo(new ShowGaussMySqlJobInfoRequest().withId(jobId)).getJob();
	}

}
