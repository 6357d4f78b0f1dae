package io.github.taurusdbhtapmock.service.logquery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.taurusdbhtapmock.service.htapinstance.StarRocksNode;

/**
 * When a node writes a line to a log: every {@code period}, each node shifted by a few
 * seconds from the others, since the epoch. So a range holds a known set of lines,
 * whatever was asked before.
 */
record LogSchedule(Duration period) {

	private static final long NODE_SHIFT_SECONDS = 37;

	/**
	 * The lines of the nodes (each with its index in the instance) in the range, newest
	 * first.
	 */
	List<LogLine> lines(String instanceId, List<IndexedNode> nodes, Instant from, Instant to) {
		long period = this.period.toSeconds();
		List<LogLine> lines = new ArrayList<>();
		for (IndexedNode node : nodes) {
			long shift = (node.index() * NODE_SHIFT_SECONDS) % period;
			long first = Math.floorDiv(from.getEpochSecond() - shift + period - 1, period);
			long last = Math.floorDiv(to.getEpochSecond() - shift, period);
			for (long slot = first; slot <= last; slot++) {
				lines.add(new LogLine(instanceId, node.node(), node.index(),
						Instant.ofEpochSecond(slot * period + shift)));
			}
		}
		lines.sort(Comparator.comparingLong(LogLine::lineNum).reversed());
		return lines;
	}

	/** A node and its place among the instance's nodes. */
	record IndexedNode(StarRocksNode node, int index) {
	}

}
