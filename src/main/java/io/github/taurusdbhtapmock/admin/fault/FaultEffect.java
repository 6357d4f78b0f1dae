package io.github.taurusdbhtapmock.admin.fault;

import java.util.Locale;

/** What a fault rule does to a request it fires on. */
enum FaultEffect {

	/**
	 * Answers with the rule's error instead of the operation's reply; the operation does
	 * not run.
	 */
	ERROR,

	/** Waits, then lets the operation answer as usual. */
	DELAY,

	/** Closes the connection without any reply; the operation does not run. */
	DROP;

	/** The lower-case name used on the wire ({@code "error"}). */
	String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static FaultEffect fromWire(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

}
