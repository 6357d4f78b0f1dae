package io.github.taurusdbhtapmock.platform.persistence;

import tools.jackson.core.type.TypeReference;

/**
 * One stateful part of the emulator, such as the topology, the tasks or the jobs. Its
 * whole state is a section of the state document, which is both what
 * {@code GET|PUT /_emulator/state} exchange and the snapshot file; the writes it logs
 * between two snapshots are the log records whose type starts with its name and a dot
 * ({@code tasks.saved}). Parts are beans, ordered (with {@code @Order}) so that a part
 * comes after the parts its state refers to: sections are written, checked and restored
 * in that order.
 *
 * @param <T> the section's type
 */
public interface StatePart<T> {

	/**
	 * The section's key in the state document, and the prefix of the part's log records.
	 */
	String name();

	/** The section's type, to read it from JSON. */
	TypeReference<T> type();

	/** The part's whole state now. */
	T export();

	/**
	 * Checks a whole state of this part, changing nothing, and returns what puts it in
	 * place of the current state. A check that refers to an earlier part sees the state
	 * being restored for it, found in {@code restoring}. A state the part refuses throws
	 * an {@link io.github.taurusdbhtapmock.platform.error.ApiException} or a
	 * {@link StateRefusedException} naming the first problem.
	 */
	Runnable prepareRestore(T state, Restoring restoring);

	/** Replays one write the part logged. Replaying a write twice does no harm. */
	void replay(LoggedWrite write);

	/**
	 * Back to a fresh start: for one project, or for every project when {@code projectId}
	 * is null. Parts are reset in their order, so a part may rely on the parts before it
	 * being reset already.
	 */
	void reset(String projectId);

}
