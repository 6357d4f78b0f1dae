package io.github.taurusdbhtapmock.service.replication.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.service.replication.ReplicationService.TaskPage;
import io.github.taurusdbhtapmock.service.replication.ReplicationService.TaskView;

/**
 * Reply of ListStarRocksDataReplications. {@code total_count} and the percentages are
 * JSON strings: the SDK refuses numbers there, whatever the documentation's example
 * shows.
 */
public record ListReplicationsResponse(@JsonProperty("total_count") String totalCount,
		@JsonProperty("replications") List<ReplicationInfo> replications) {

	public static ListReplicationsResponse from(TaskPage page) {
		return new ListReplicationsResponse(String.valueOf(page.total()),
				page.tasks().stream().map(ReplicationInfo::from).toList());
	}

	/**
	 * One task. The catch-up stage and percentage mirror the stage's: the emulator has no
	 * binlog to catch up.
	 */
	public record ReplicationInfo(@JsonProperty("source_database") String sourceDatabase,
			@JsonProperty("target_database") String targetDatabase, @JsonProperty("task_name") String taskName,
			@JsonProperty("status") String status, @JsonProperty("stage") String stage,
			@JsonProperty("percentage") String percentage, @JsonProperty("catchup_stage") String catchupStage,
			@JsonProperty("catchup_percentage") String catchupPercentage) {

		static ReplicationInfo from(TaskView view) {
			String percentage = String.valueOf(view.percentage());
			String stage = view.task().stage().wireValue();
			return new ReplicationInfo(view.task().sourceDatabase(), view.task().targetDatabase(),
					view.task().taskName(), view.status(), stage, percentage, stage, percentage);
		}

	}

}
