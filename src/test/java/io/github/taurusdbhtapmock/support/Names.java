package io.github.taurusdbhtapmock.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique task and database names: tests share one running emulator, and a task name or
 * destination database can be used once per instance.
 */
public final class Names {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private Names() {
	}

	public static String unique(String prefix) {
		return prefix + "_" + COUNTER.incrementAndGet();
	}

}
