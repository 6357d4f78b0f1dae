package io.github.taurusdbhtapmock.service.htapinstance;

import io.github.taurusdbhtapmock.service.catalogue.HtapCatalogue;
import io.github.taurusdbhtapmock.service.topology.StarRocksSpec;
import io.github.taurusdbhtapmock.service.topology.VolumeSpec;

/**
 * Attributes of an HTAP instance that the seeded topology does not hold. The values are
 * plausible ones, taken from the shape of the API Explorer examples (StarRocks 3.1.6, SSD
 * volumes, one availability zone), and the same for every instance so that tests can rely
 * on them.
 */
public final class CloudDefaults {

	/**
	 * 2024-01-01T00:00:00Z: when every seeded instance claims to have been created (and
	 * last updated).
	 */
	public static final long CREATED_AT_MILLIS = StarRocksSpec.SEEDED_AT_MILLIS;

	public static final String ENGINE_NAME = "star-rocks";

	public static final String ENGINE_VERSION = "3.1.6";

	public static final String DATASTORE_VERSION = "3.1.6.0";

	public static final String DATASTORE_VERSION_ID = "38197973-8895-36ed-b853-52daeefb6d3a";

	public static final int DB_PORT = 3306;

	/** "0": pay-per-use, the only billing the emulator has. */
	public static final String PAY_MODEL = "0";

	public static final String ENTERPRISE_PROJECT_ID = "0";

	/** What the API Explorer example answers; the real quota is not published. */
	public static final int MAX_HTAP_INSTANCES_PER_TAURUS = 10;

	public static final String REGION = "cn-north-4";

	public static final String AZ_CODE = "cn-north-4a";

	public static final String AZ_DESCRIPTION = "az1";

	public static final String AZ_TYPE = "Center";

	public static final String VPC_ID = "f7876b94-3696-419b-a609-161de4b42d59";

	public static final String SUBNET_ID = "8926baca-467a-4556-8603-b4077805ff9d";

	public static final String SECURITY_GROUP_ID = "967a0ac2-3cae-4e57-a49a-d0f6ff07dcc1";

	public static final String VOLUME_TYPE = "SSD";

	public static final String VOLUME_CODE = "gaussdb.sr.evs.ultrahighio";

	/** Bytes, as a string, as the API sends volume sizes. */
	public static final String VOLUME_SIZE = "50000000000";

	public static final String SERVER_TYPE = "KVM";

	public static final String CPU = "4";

	/** GB, as a string. */
	public static final String MEMORY = "16";

	public static final String IAAS_FLAVOR = "c6.xlarge.4";

	public static final String TIME_ZONE = "UTC+08:00";

	private CloudDefaults() {
	}

	/**
	 * az1, az2, ... for the region's zones in order (cn-north-4a is az1), as the examples
	 * describe zones.
	 */
	public static String azDescription(String azCode) {
		int index = HtapCatalogue.AVAILABILITY_ZONES.indexOf(azCode);
		return (index >= 0) ? "az" + (index + 1) : AZ_DESCRIPTION;
	}

	/** A volume's size in bytes (decimal GB, as the API counts), as a string. */
	public static String volumeBytes(VolumeSpec volume) {
		return Long.toString(volume.sizeGb() * 1_000_000_000L);
	}

}
