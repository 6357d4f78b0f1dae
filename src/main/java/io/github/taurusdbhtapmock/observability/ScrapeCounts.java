package io.github.taurusdbhtapmock.observability;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counts by an enum key, computed once per scrape however many gauges read them. A scrape
 * reads each key's gauge once, so a key read a second time means a new scrape and a fresh
 * count; counts older than a second are refreshed too, for readers that look at only some
 * keys. Counting every task is a full scan: once per scrape is fine, once per gauge per
 * scrape is not.
 */
final class ScrapeCounts<K extends Enum<K>> {

	private static final long MAX_AGE_NANOS = 1_000_000_000L;

	private final Supplier<EnumMap<K, Integer>> counter;

	private final EnumSet<K> read;

	private EnumMap<K, Integer> counts;

	private long countedAt;

	ScrapeCounts(Class<K> keys, Supplier<EnumMap<K, Integer>> counter) {
		this.counter = counter;
		this.read = EnumSet.noneOf(keys);
	}

	synchronized double count(K key) {
		long now = System.nanoTime();
		if (this.counts == null || this.read.contains(key) || now - this.countedAt > MAX_AGE_NANOS) {
			this.counts = this.counter.get();
			this.countedAt = now;
			this.read.clear();
		}
		this.read.add(key);
		return this.counts.getOrDefault(key, 0);
	}

	/** A count of each key in {@code items}, keyed by {@code keyOf}. */
	static <T, K extends Enum<K>> EnumMap<K, Integer> tally(Class<K> keys, Iterable<T> items, Function<T, K> keyOf) {
		EnumMap<K, Integer> counts = new EnumMap<>(keys);
		for (T item : items) {
			counts.merge(keyOf.apply(item), 1, Integer::sum);
		}
		return counts;
	}

}
