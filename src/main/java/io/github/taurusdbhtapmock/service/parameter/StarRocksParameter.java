package io.github.taurusdbhtapmock.service.parameter;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One configuration item of a StarRocks frontend or backend, as the cloud exposes it: its
 * type, default, range, whether a change needs a restart (a static item) and whether it
 * can be changed at all.
 *
 * @param kind how its value is written and checked
 * @param min the least value of a number, else null
 * @param max the greatest value of a number, else null
 * @param choices the values of a list, else empty
 */
record StarRocksParameter(String name, NodeType nodeType, Kind kind, String defaultValue, BigDecimal min,
		BigDecimal max, List<String> choices, boolean restartRequired, boolean readonly, String description) {

	private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,6})?");

	private static final Pattern PERCENT = Pattern.compile("([1-9][0-9]?|100)%");

	/** How values of a kind are written: the {@code type} the API reports. */
	enum Kind {

		INTEGER("integer"), FLOAT("float"), BOOLEAN("boolean"), LIST("list"), PERCENTAGE("string"), TEXT("string");

		private final String wireType;

		Kind(String wireType) {
			this.wireType = wireType;
		}

		String wireType() {
			return this.wireType;
		}

	}

	/** As the API writes it: 1-1024, true|false, INFO|WARN, 1%-100%. */
	String valueRange() {
		return switch (this.kind) {
			case INTEGER, FLOAT -> this.min.toPlainString() + "-" + this.max.toPlainString();
			case BOOLEAN -> "true|false";
			case LIST -> String.join("|", this.choices);
			case PERCENTAGE -> "1%-100%";
			case TEXT -> "";
		};
	}

	/**
	 * The value as stored, when {@code value} is one this parameter takes: whole numbers
	 * without leading zeros; null when it is not.
	 */
	String normalize(String value) {
		return switch (this.kind) {
			case INTEGER -> WHOLE.matcher(value).matches() ? inRange(new BigDecimal(value)) : null;
			case FLOAT ->
				DECIMAL.matcher(value).matches() ? ((inRange(new BigDecimal(value)) != null) ? value : null) : null;
			case BOOLEAN -> ("true".equals(value) || "false".equals(value)) ? value : null;
			case LIST -> this.choices.contains(value) ? value : null;
			case PERCENTAGE -> PERCENT.matcher(value).matches() ? value : null;
			case TEXT -> null;
		};
	}

	private String inRange(BigDecimal number) {
		return (number.compareTo(this.min) >= 0 && number.compareTo(this.max) <= 0)
				? number.stripTrailingZeros().toPlainString() : null;
	}

}
