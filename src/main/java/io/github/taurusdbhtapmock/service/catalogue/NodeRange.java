package io.github.taurusdbhtapmock.service.catalogue;

/** How many nodes of one role an instance of one HA mode may have, bounds included. */
public record NodeRange(int min, int max) {

	public boolean contains(int count) {
		return count >= this.min && count <= this.max;
	}

}
