package io.github.taurusdbhtapmock.service.catalogue;

/**
 * A StarRocks kernel version on sale: its datastore id, its short name and the full
 * kernel version, which flavors and storage types name as their version_name.
 */
public record KernelVersion(String id, String name, String kernelVersion) {
}
