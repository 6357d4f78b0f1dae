package io.github.taurusdbhtapmock.service.catalogue;

import java.util.Map;

/**
 * A node flavor of one kernel version: the node role (fe or be) shows in its spec code,
 * as the Terraform provider's tests expect ({@code gaussdb.sr-fe.*},
 * {@code gaussdb.sr-be.*}).
 *
 * @param azStatus the status in each availability zone, in zone order
 */
public record Flavor(String id, String specCode, String versionName, String role, int vcpus, int ramGb,
		Map<String, AzStatus> azStatus) {

	/** The spec code's role segment of a frontend flavor. */
	public static final String FRONTEND = "fe";

	/** The spec code's role segment of a backend flavor. */
	public static final String BACKEND = "be";

	/** How many availability zones sell it now. */
	long zonesOnSale() {
		return this.azStatus.values().stream().filter(AzStatus.NORMAL::equals).count();
	}

}
