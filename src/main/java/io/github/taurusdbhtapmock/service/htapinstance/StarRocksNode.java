package io.github.taurusdbhtapmock.service.htapinstance;

/**
 * One node of a StarRocks instance as the emulator presents it, with the availability
 * zone it runs in.
 */
public record StarRocksNode(String id, String name, NodeRole role, String ip, String azCode) {
}
