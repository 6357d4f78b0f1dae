package io.github.taurusdbhtapmock.service.topology;

/**
 * What a StarRocks instance was created with and has been changed to since: node counts
 * and flavors, kernel version, volumes, network and zone. A seeded instance gets
 * {@link #seeded(int)}; one created through the API gets what its request said.
 *
 * @param version the full kernel version, e.g. 3.1.6.0
 * @param createdAtMillis when the instance was created, in epoch milliseconds
 * @param createFailed whether its creation failed (status createfail)
 */
public record StarRocksSpec(int feNodes, String feFlavorId, String beFlavorId, String version, VolumeSpec feVolume,
		VolumeSpec beVolume, String securityGroupId, String azMode, String azCode, String timeZone,
		String enterpriseProjectId, long createdAtMillis, boolean createFailed) {

	/** 2024-01-01T00:00:00Z: when every seeded instance claims to have been created. */
	public static final long SEEDED_AT_MILLIS = 1_704_067_200_000L;

	/** The kernel version seeded instances run. */
	public static final String SEEDED_VERSION = "3.1.6.0";

	/**
	 * The catalogue's xlarge flavors of 3.1.6.0 (gaussdb.sr-fe/be.xlarge.x86.4): what
	 * seeded nodes run.
	 */
	public static final String SEEDED_FE_FLAVOR_ID = "e04a2a02-03d3-337f-b9b0-7a20de35267b";

	public static final String SEEDED_BE_FLAVOR_ID = "229d48b8-953a-360d-9837-184bf53450c4";

	/** The volume type and size of seeded nodes. */
	public static final VolumeSpec SEEDED_VOLUME = new VolumeSpec("ULTRAHIGH", 50);

	/**
	 * The security group of the TaurusDB instances, which an instance gets by default.
	 */
	public static final String DEFAULT_SECURITY_GROUP_ID = "967a0ac2-3cae-4e57-a49a-d0f6ff07dcc1";

	public static final String DEFAULT_AZ_MODE = "single";

	public static final String DEFAULT_AZ_CODE = "cn-north-4a";

	public static final String DEFAULT_TIME_ZONE = "UTC+08:00";

	public static final String DEFAULT_ENTERPRISE_PROJECT_ID = "0";

	/**
	 * A seeded instance: one FE (the leader) for a single BE, as in the "Single" examples
	 * of the API, otherwise a leader and two followers ("Cluster").
	 */
	public static StarRocksSpec seeded(int beNodes) {
		return new StarRocksSpec((beNodes > 1) ? 3 : 1, SEEDED_FE_FLAVOR_ID, SEEDED_BE_FLAVOR_ID, SEEDED_VERSION,
				SEEDED_VOLUME, SEEDED_VOLUME, DEFAULT_SECURITY_GROUP_ID, DEFAULT_AZ_MODE, DEFAULT_AZ_CODE,
				DEFAULT_TIME_ZONE, DEFAULT_ENTERPRISE_PROJECT_ID, SEEDED_AT_MILLIS, false);
	}

	public StarRocksSpec withFlavors(String newFeFlavorId, String newBeFlavorId) {
		return new StarRocksSpec(this.feNodes, newFeFlavorId, newBeFlavorId, this.version, this.feVolume, this.beVolume,
				this.securityGroupId, this.azMode, this.azCode, this.timeZone, this.enterpriseProjectId,
				this.createdAtMillis, this.createFailed);
	}

	public StarRocksSpec withVersion(String newVersion) {
		return new StarRocksSpec(this.feNodes, this.feFlavorId, this.beFlavorId, newVersion, this.feVolume,
				this.beVolume, this.securityGroupId, this.azMode, this.azCode, this.timeZone, this.enterpriseProjectId,
				this.createdAtMillis, this.createFailed);
	}

	public StarRocksSpec withSecurityGroup(String newSecurityGroupId) {
		return new StarRocksSpec(this.feNodes, this.feFlavorId, this.beFlavorId, this.version, this.feVolume,
				this.beVolume, newSecurityGroupId, this.azMode, this.azCode, this.timeZone, this.enterpriseProjectId,
				this.createdAtMillis, this.createFailed);
	}

	StarRocksSpec failed() {
		return new StarRocksSpec(this.feNodes, this.feFlavorId, this.beFlavorId, this.version, this.feVolume,
				this.beVolume, this.securityGroupId, this.azMode, this.azCode, this.timeZone, this.enterpriseProjectId,
				this.createdAtMillis, true);
	}

}
