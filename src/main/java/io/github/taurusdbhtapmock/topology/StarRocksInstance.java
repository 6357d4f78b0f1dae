package io.github.taurusdbhtapmock.topology;

/** An HTAP Standard Edition (StarRocks) instance: the destination of replication tasks. */
public record StarRocksInstance(String projectId, String id, String name, int beNodes) {
}
