package io.github.taurusdbhtapmock.service.instancesettings;

import java.util.Optional;

/** The logs of a StarRocks instance that can be sent to LTS, as the API spells them. */
public enum LogType {

	ERROR_LOG("error_log"), SLOW_LOG("slow_log");

	/** The pattern of the wire values, for validation. */
	public static final String PATTERN = "error_log|slow_log";

	private final String wireValue;

	LogType(String wireValue) {
		this.wireValue = wireValue;
	}

	public String wireValue() {
		return this.wireValue;
	}

	public static Optional<LogType> of(String wireValue) {
		for (LogType type : values()) {
			if (type.wireValue.equals(wireValue)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
