package io.github.taurusdbhtapmock.service.logquery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

import io.github.taurusdbhtapmock.service.htapinstance.StarRocksNode;

/**
 * One line of a node's log at one time. What the line says is drawn from a generator
 * seeded by the instance, the node and the time, so the same line reads the same on every
 * query. {@code lineNum} orders the lines of an instance: by time, then by node.
 */
record LogLine(String instanceId, StarRocksNode node, int nodeIndex, Instant at) {

	/** How many nodes a line number tells apart. */
	private static final int NODES_PER_SECOND = 1000;

	long lineNum() {
		return this.at.getEpochSecond() * NODES_PER_SECOND + this.nodeIndex;
	}

	SplittableRandom random() {
		UUID seed = UUID.nameUUIDFromBytes((this.instanceId + "/" + this.node.id() + "/" + this.at.getEpochSecond())
			.getBytes(StandardCharsets.UTF_8));
		return new SplittableRandom(seed.getMostSignificantBits() ^ seed.getLeastSignificantBits());
	}

}
