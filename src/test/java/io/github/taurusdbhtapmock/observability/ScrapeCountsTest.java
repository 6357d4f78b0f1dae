package io.github.taurusdbhtapmock.observability;

import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.service.replication.TaskStage;

import static org.assertj.core.api.Assertions.assertThat;

/** One count per scrape, however many gauges read it. */
class ScrapeCountsTest {

	private final AtomicInteger scans = new AtomicInteger();

	private List<TaskStage> tasks = List.of(TaskStage.FULL, TaskStage.FULL, TaskStage.PAUSED);

	private final ScrapeCounts<TaskStage> counts = new ScrapeCounts<>(TaskStage.class, () -> {
		this.scans.incrementAndGet();
		return ScrapeCounts.tally(TaskStage.class, this.tasks, (stage) -> stage);
	});

	@Test
	void aScrapeReadingEveryStageCountsOnce() {
		EnumMap<TaskStage, Double> read = readAll();

		assertThat(this.scans).hasValue(1);
		assertThat(read).containsEntry(TaskStage.FULL, 2.0)
			.containsEntry(TaskStage.PAUSED, 1.0)
			.containsEntry(TaskStage.WAIT, 0.0);
	}

	@Test
	void theNextScrapeCountsAgainAndSeesChanges() {
		readAll();
		this.tasks = List.of(TaskStage.INCREMENTAL);

		EnumMap<TaskStage, Double> read = readAll();

		assertThat(this.scans).hasValue(2);
		assertThat(read).containsEntry(TaskStage.INCREMENTAL, 1.0).containsEntry(TaskStage.FULL, 0.0);
	}

	private EnumMap<TaskStage, Double> readAll() {
		EnumMap<TaskStage, Double> read = new EnumMap<>(TaskStage.class);
		for (TaskStage stage : TaskStage.values()) {
			read.put(stage, this.counts.count(stage));
		}
		return read;
	}

}
