package io.github.taurusdbhtapmock.service.topology;

/**
 * The volume of the FE or the BE nodes of a StarRocks instance.
 *
 * @param type the catalogue's storage type, e.g. ULTRAHIGH
 * @param sizeGb the size of each node's volume, in GB
 */
public record VolumeSpec(String type, int sizeGb) {
}
