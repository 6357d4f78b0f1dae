package io.github.taurusdbhtapmock.admin.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.admin.api.JournalEntry;

/**
 * The last {@code max-entries} exchanges, oldest evicted first. A plain deque under one
 * lock: recording is a few pointer moves, far cheaper than the exchange it records, and
 * listing copies at most max-entries references, so neither needs anything cleverer.
 */
@Component
public class RequestJournal {

	private final Object lock = new Object();

	private final int maxEntries;

	private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();

	private long lastSeq;

	private long evicted;

	public RequestJournal(JournalProperties properties) {
		this.maxEntries = properties.maxEntries();
	}

	public boolean enabled() {
		return this.maxEntries > 0;
	}

	public int maxEntries() {
		return this.maxEntries;
	}

	/**
	 * Appends an exchange, numbering it here so that numbers and order agree even under
	 * concurrent calls.
	 */
	public void record(JournalEntry entry) {
		if (!enabled()) {
			return;
		}
		synchronized (this.lock) {
			if (this.entries.size() >= this.maxEntries) {
				this.entries.removeFirst();
				this.evicted++;
			}
			this.entries.addLast(entry.withSeq(++this.lastSeq));
		}
	}

	/** Matching entries, newest first, at most {@code limit} of them. */
	public List<JournalEntry> newestFirst(Predicate<JournalEntry> filter, int limit) {
		List<JournalEntry> found = new ArrayList<>();
		synchronized (this.lock) {
			Iterator<JournalEntry> newest = this.entries.descendingIterator();
			while (newest.hasNext() && found.size() < limit) {
				JournalEntry entry = newest.next();
				if (filter.test(entry)) {
					found.add(entry);
				}
			}
		}
		return found;
	}

	public int size() {
		synchronized (this.lock) {
			return this.entries.size();
		}
	}

	/** How many entries made room for newer ones since the journal was last cleared. */
	public long evicted() {
		synchronized (this.lock) {
			return this.evicted;
		}
	}

	/**
	 * Forgets every entry; numbering continues, so an old number is never reused. Returns
	 * how many it forgot.
	 */
	public int clear() {
		synchronized (this.lock) {
			int removed = this.entries.size();
			this.entries.clear();
			this.evicted = 0;
			return removed;
		}
	}

}
