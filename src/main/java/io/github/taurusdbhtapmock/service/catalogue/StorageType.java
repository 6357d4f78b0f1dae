package io.github.taurusdbhtapmock.service.catalogue;

import java.util.Map;

/**
 * A volume type for the nodes of one kernel version, with the smallest volume it takes.
 *
 * @param minVolumeSizeGb the smallest volume, in GB
 */
public record StorageType(String name, String versionName, int minVolumeSizeGb, Map<String, AzStatus> azStatus) {
}
