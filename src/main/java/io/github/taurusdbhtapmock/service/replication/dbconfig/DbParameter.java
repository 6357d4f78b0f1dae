package io.github.taurusdbhtapmock.service.replication.dbconfig;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One database-level sync parameter of the catalogue. {@code valueRange} is written as
 * the API writes it: {@code true|false} for an enumeration, {@code 1000-60000} for an
 * inclusive integer range.
 *
 * @param modifiableInSubTask whether a sub-task added to a main task may set its own
 * value; the instance-wide settings (binlog retention, incremental threads, tablet
 * sizing, views) follow the main task
 */
public record DbParameter(String name, DataType dataType, String defaultValue, String valueRange,
		boolean modifiableInSubTask) {

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

	public enum DataType {

		STRING("String"), INTEGER("Integer");

		private final String wireValue;

		DataType(String wireValue) {
			this.wireValue = wireValue;
		}

		public String wireValue() {
			return this.wireValue;
		}

	}

	public String descriptionKey() {
		return "db-parameter." + this.name;
	}

	public boolean accepts(String value) {
		if (value == null) {
			return false;
		}
		if (this.dataType == DataType.STRING) {
			return List.of(this.valueRange.split("\\|")).contains(value);
		}
		if (!INTEGER.matcher(value).matches()) {
			return false;
		}
		long number = Long.parseLong(value);
		int dash = this.valueRange.indexOf('-', 1);
		return number >= Long.parseLong(this.valueRange.substring(0, dash))
				&& number <= Long.parseLong(this.valueRange.substring(dash + 1));
	}

}
