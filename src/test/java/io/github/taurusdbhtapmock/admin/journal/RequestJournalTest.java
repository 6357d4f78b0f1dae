package io.github.taurusdbhtapmock.admin.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import io.github.taurusdbhtapmock.admin.api.JournalEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ring buffer on its own: bounded whatever is thrown at it, newest first, numbered in
 * order.
 */
class RequestJournalTest {

	private static final int ALL = Integer.MAX_VALUE;

	@Test
	void aHundredThousandRequestsLeaveOnlyTheNewestMaxEntries() {
		RequestJournal journal = new RequestJournal(new JournalProperties(1000, 4096));

		for (int i = 1; i <= 100_000; i++) {
			journal.record(entry("/v3/p/" + i, 200));
		}

		assertThat(journal.size()).isEqualTo(1000);
		assertThat(journal.evicted()).isEqualTo(99_000);
		List<JournalEntry> kept = journal.newestFirst((entry) -> true, ALL);
		assertThat(kept).hasSize(1000);
		assertThat(kept.get(0).seq()).isEqualTo(100_000);
		assertThat(kept.get(0).path()).isEqualTo("/v3/p/100000");
		assertThat(kept.get(999).seq()).isEqualTo(99_001);
	}

	@Test
	void concurrentRecordingStaysWithinTheBoundAndNumbersEntriesInListingOrder() throws Exception {
		RequestJournal journal = new RequestJournal(new JournalProperties(500, 4096));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				writers.add(threads
					.submit(() -> IntStream.range(0, 10_000).forEach((i) -> journal.record(entry("/v3/p/x", 200)))));
			}
			for (Future<?> writer : writers) {
				writer.get();
			}
		}
		finally {
			threads.shutdown();
		}

		assertThat(journal.size()).isEqualTo(500);
		assertThat(journal.evicted()).isEqualTo(80_000 - 500);
		List<JournalEntry> kept = journal.newestFirst((entry) -> true, ALL);
		assertThat(kept.get(0).seq()).isEqualTo(80_000);
		for (int i = 1; i < kept.size(); i++) {
			assertThat(kept.get(i).seq()).isEqualTo(kept.get(i - 1).seq() - 1);
		}
	}

	@Test
	void zeroMaxEntriesSwitchesTheJournalOff() {
		RequestJournal journal = new RequestJournal(new JournalProperties(0, 4096));

		journal.record(entry("/v3/p/1", 200));

		assertThat(journal.enabled()).isFalse();
		assertThat(journal.size()).isZero();
		assertThat(journal.newestFirst((entry) -> true, ALL)).isEmpty();
	}

	@Test
	void listingFiltersBeforeItLimits() {
		RequestJournal journal = new RequestJournal(new JournalProperties(10, 4096));
		journal.record(entry("/v3/p/1", 200));
		journal.record(entry("/v3/p/2", 404));
		journal.record(entry("/v3/p/3", 200));
		journal.record(entry("/v3/p/4", 404));
		journal.record(entry("/v3/p/5", 200));

		List<JournalEntry> found = journal.newestFirst((entry) -> entry.status() == 200, 2);

		assertThat(found).extracting(JournalEntry::path).containsExactly("/v3/p/5", "/v3/p/3");
	}

	@Test
	void clearingForgetsEntriesButNotTheNumbering() {
		RequestJournal journal = new RequestJournal(new JournalProperties(2, 4096));
		journal.record(entry("/v3/p/1", 200));
		journal.record(entry("/v3/p/2", 200));
		journal.record(entry("/v3/p/3", 200));

		assertThat(journal.clear()).isEqualTo(2);
		assertThat(journal.evicted()).isZero();
		journal.record(entry("/v3/p/4", 200));

		assertThat(journal.newestFirst((entry) -> true, ALL)).extracting(JournalEntry::seq).containsExactly(4L);
	}

	private static JournalEntry entry(String path, int status) {
		return new JournalEntry(0, "2026-11-21T22:50:47Z", "GET", path, null, null, "p", status,
				DemoTopology.PROJECT_ID, 1, Map.of(), null, false, null);
	}

}
