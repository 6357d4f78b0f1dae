package io.github.taurusdbhtapmock.service.catalogue;

/**
 * What an availability zone says of a flavor or storage type, as az_status reports it.
 */
public enum AzStatus {

	/** On sale. */
	NORMAL("normal"),

	/** Offered, but no capacity left. */
	SELLOUT("sellout"),

	/** Not offered in this zone. */
	UNSUPPORTED("unsupported");

	private final String wireValue;

	AzStatus(String wireValue) {
		this.wireValue = wireValue;
	}

	public String wireValue() {
		return this.wireValue;
	}

}
