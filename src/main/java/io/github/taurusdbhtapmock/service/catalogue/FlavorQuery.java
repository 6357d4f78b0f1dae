package io.github.taurusdbhtapmock.service.catalogue;

/**
 * The filters of ListHtapFlavor; each one given must match exactly, as the Terraform
 * provider's data source expects.
 *
 * @param availabilityZoneMode single (any flavor on sale in a zone) or multi (on sale in
 * at least two zones)
 * @param specCode an exact spec code
 * @param versionName an exact kernel version, e.g. 3.1.6.0
 */
public record FlavorQuery(String availabilityZoneMode, String specCode, String versionName) {

	static final String MULTI = "multi";

	boolean matches(Flavor flavor) {
		return (this.specCode == null || this.specCode.equals(flavor.specCode()))
				&& (this.versionName == null || this.versionName.equals(flavor.versionName()))
				&& (!MULTI.equals(this.availabilityZoneMode) || flavor.zonesOnSale() >= 2);
	}

}
