package io.github.taurusdbhtapmock.platform.capacity;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * The heap the state may take, and what it takes now: the count of each item times its
 * measured cost. A write that would add state past the budget is refused before it
 * changes anything, so the heap keeps room for requests, the collector never thrashes and
 * reads, the control plane and reset keep answering. Whatever the quotas, the budget
 * holds: they are per project, it is for the whole emulator.
 */
@Component
public class StateBudget {

	/**
	 * The share of the maximum heap the state may take by default: at half, the shipped
	 * 512 MB heap keeps over 200 MB for requests and garbage (docs/decisions.md, 29).
	 */
	static final double DEFAULT_SHARE = 0.5;

	/** What a full reset must have freed before the heap is given back to the system. */
	private static final long RETURN_AFTER_BYTES = 16L * 1024 * 1024;

	private static final int RETURN_COLLECTIONS = 4;

	/**
	 * How long after a reset the heap is collected: a full collection stops every thread,
	 * and one started at once would hold back the reset's own reply (measured: 100 ms to
	 * 700 ms for a reset at the budget, against a few milliseconds without it).
	 */
	private static final long RETURN_DELAY_MILLIS = 500;

	private static final Logger log = LoggerFactory.getLogger(StateBudget.class);

	private final long budgetBytes;

	private final ObjectProvider<StateMeter> meters;

	/**
	 * The meters, looked up once on first use rather than on every write: they are the
	 * repositories, which need the budget themselves, so the constructor cannot take
	 * them.
	 */
	private volatile List<StateMeter> resolvedMeters;

	private final Executor collector = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "state-budget-gc");
		thread.setDaemon(true);
		return thread;
	});

	StateBudget(CapacityProperties properties, ObjectProvider<StateMeter> meters) {
		this.budgetBytes = (properties.stateBudget() != null) ? properties.stateBudget().toBytes()
				: (long) (Runtime.getRuntime().maxMemory() * DEFAULT_SHARE);
		this.meters = meters;
	}

	public long budgetBytes() {
		return this.budgetBytes;
	}

	/** What the state holds now, by item. */
	public Usage usage() {
		Map<StateItem, Long> counts = new EnumMap<>(StateItem.class);
		for (StateItem item : StateItem.values()) {
			counts.put(item, 0L);
		}
		for (StateMeter meter : meters()) {
			counts.merge(meter.item(), meter.held(), Long::sum);
		}
		return new Usage(counts, this.budgetBytes);
	}

	private List<StateMeter> meters() {
		List<StateMeter> resolved = this.resolvedMeters;
		if (resolved == null) {
			resolved = this.meters.orderedStream().toList();
			this.resolvedMeters = resolved;
		}
		return resolved;
	}

	/**
	 * Refuses (507, nothing changed) a write that would add these items past the budget.
	 */
	public void requireRoom(long tasks, long jobs, long topologyEntries) {
		Usage usage = usage();
		long adding = tasks * StateItem.TASK.bytes() + jobs * StateItem.JOB.bytes()
				+ topologyEntries * StateItem.TOPOLOGY_ENTRY.bytes();
		if (usage.usedBytes() + adding > this.budgetBytes) {
			throw usage.refusal();
		}
	}

	/**
	 * Refuses (507, nothing changed) a write that would add {@code count} items of a kind
	 * past the budget.
	 */
	public void requireRoom(StateItem item, long count) {
		Usage usage = usage();
		if (usage.usedBytes() + count * item.bytes() > this.budgetBytes) {
			throw usage.refusal();
		}
	}

	/**
	 * Refuses a whole new state (an import) that would not fit the budget, whatever is
	 * held now: it replaces that.
	 */
	public void requireFits(long tasks, long jobs, long topologyEntries) {
		Map<StateItem, Long> counts = new EnumMap<>(StateItem.class);
		counts.put(StateItem.TASK, tasks);
		counts.put(StateItem.JOB, jobs);
		counts.put(StateItem.TOPOLOGY_ENTRY, topologyEntries);
		Usage replacement = new Usage(counts, this.budgetBytes);
		if (replacement.usedBytes() > this.budgetBytes) {
			throw replacement.refusal();
		}
	}

	/**
	 * After a reset freed {@code freedBytes}: a collection in the background, once the
	 * reset has answered, hands the heap back, so the process shrinks as well as the
	 * state.
	 */
	public void released(long freedBytes) {
		if (freedBytes >= RETURN_AFTER_BYTES) {
			CompletableFuture.delayedExecutor(RETURN_DELAY_MILLIS, TimeUnit.MILLISECONDS, this.collector)
				.execute(() -> {
					log.debug("State reset freed about {}; collecting to return the heap", megabytes(freedBytes));
					// the serial collector gives back a freed old generation in steps,
					// over
					// several full collections
					for (int i = 0; i < RETURN_COLLECTIONS; i++) {
						System.gc();
					}
				});
		}
	}

	/** Sizes as people read them: 20.0 KB, 252.8 MB. */
	static String megabytes(long bytes) {
		if (bytes < 1024L * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/**
	 * The items held and their cost against the budget. Full means a new task (and the
	 * job that creates it) no longer fits.
	 */
	public record Usage(Map<StateItem, Long> counts, long budgetBytes) {

		public long usedBytes() {
			long used = 0;
			for (Map.Entry<StateItem, Long> count : this.counts.entrySet()) {
				used += count.getValue() * count.getKey().bytes();
			}
			return used;
		}

		public boolean full() {
			return usedBytes() + StateItem.TASK.bytes() + StateItem.JOB.bytes() > this.budgetBytes;
		}

		/** Why the emulator is full, in English for operators; null when it is not. */
		public String reason() {
			if (!full()) {
				return null;
			}
			return String.format(Locale.ROOT,
					"the state (%d tasks, %d jobs, %d topology entries) takes about %s of its %s budget "
							+ "(emulator.limits.state-budget); new tasks, jobs and topology are refused until "
							+ "tasks are deleted, jobs expire or the emulator is reset",
					count(StateItem.TASK), count(StateItem.JOB), count(StateItem.TOPOLOGY_ENTRY),
					megabytes(usedBytes()), megabytes(this.budgetBytes));
		}

		private long count(StateItem item) {
			return this.counts.getOrDefault(item, 0L);
		}

		ApiException refusal() {
			return new ApiException(ErrorCode.STATE_BUDGET_FULL, "detail.state-budget-full", megabytes(usedBytes()),
					megabytes(this.budgetBytes), Long.toString(count(StateItem.TASK)),
					Long.toString(count(StateItem.JOB)), Long.toString(count(StateItem.TOPOLOGY_ENTRY)));
		}

	}

}
