package io.github.taurusdbhtapmock.platform.capacity;

/**
 * A part of the state that tells how many items it holds, cheaply: the budget asks every
 * meter before each write that adds state.
 */
public interface StateMeter {

	StateItem item();

	/** The items held now, settled or not: what takes heap. */
	long held();

}
