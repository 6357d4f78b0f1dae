package io.github.taurusdbhtapmock.service.catalogue;

import java.util.Locale;
import java.util.Map;

/**
 * A volume type for the nodes of one kernel version, with the smallest volume it takes.
 *
 * @param minVolumeSizeGb the smallest volume, in GB
 */
public record StorageType(String name, String versionName, int minVolumeSizeGb, Map<String, AzStatus> azStatus) {

	/** The ultra-high I/O volume type, which the seeded nodes have. */
	public static final String ULTRAHIGH = "ULTRAHIGH";

	/** The volume type a node reports: SSD for ULTRAHIGH, otherwise the type's name. */
	public static String nodeVolumeType(String name) {
		return ULTRAHIGH.equals(name) ? HtapCatalogue.SSD : name;
	}

	/** The EVS volume code an instance reports for its nodes' volumes. */
	public static String volumeCode(String name) {
		return "gaussdb.sr.evs." + (ULTRAHIGH.equals(name) ? "ultrahighio" : name.toLowerCase(Locale.ROOT));
	}

}
