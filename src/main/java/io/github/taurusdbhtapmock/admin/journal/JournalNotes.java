package io.github.taurusdbhtapmock.admin.journal;

import jakarta.servlet.ServletRequest;

import io.github.taurusdbhtapmock.admin.api.JournalEntry;

/**
 * What other parts of the emulator tell the journal about an exchange while it runs;
 * request attributes, so that nothing depends on the journal being switched on.
 */
public final class JournalNotes {

	private static final String FAULT = JournalNotes.class.getName() + ".fault";

	private JournalNotes() {
	}

	/** Records that a fault rule fired on this exchange. */
	public static void faultFired(ServletRequest request, JournalEntry.Fault fault) {
		request.setAttribute(FAULT, fault);
	}

	/** The fault rule that fired on this exchange, or null. */
	public static JournalEntry.Fault fault(ServletRequest request) {
		Object fault = request.getAttribute(FAULT);
		return (fault instanceof JournalEntry.Fault fired) ? fired : null;
	}

}
