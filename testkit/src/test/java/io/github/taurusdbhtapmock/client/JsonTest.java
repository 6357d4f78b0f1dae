package io.github.taurusdbhtapmock.client;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JsonTest {

	@Test
	void readsEveryKindOfValue() {
		Object value = Json.parse(" {\"s\":\"x\",\"n\":12,\"d\":-0.5e1,\"t\":true,\"f\":false,\"z\":null,"
				+ "\"a\":[1,[],{}],\"o\":{\"k\":\"v\"}} ");
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("s", "x");
		expected.put("n", 12L);
		expected.put("d", new BigDecimal("-0.5e1"));
		expected.put("t", true);
		expected.put("f", false);
		expected.put("z", null);
		expected.put("a", List.of(1L, List.of(), Map.of()));
		expected.put("o", Map.of("k", "v"));
		assertThat(value).isEqualTo(expected);
		assertThat(List.<Object>copyOf(((Map<?, ?>) value).keySet())).as("document order")
			.containsExactly("s", "n", "d", "t", "f", "z", "a", "o");
	}

	@Test
	void wholeNumbersAreLongsWhenTheyFitAndDecimalsOtherwise() {
		assertThat(Json.parse("0")).isEqualTo(0L);
		assertThat(Json.parse("-0")).isEqualTo(0L);
		assertThat(Json.parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
		assertThat(Json.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
		assertThat(Json.parse("9223372036854775808")).isEqualTo(new BigDecimal("9223372036854775808"));
		assertThat(Json.parse("0.1")).isEqualTo(new BigDecimal("0.1"));
		assertThat(Json.parse("1E3")).isEqualTo(new BigDecimal("1E3"));
		assertThat(Json.parse("2.5e-3")).isEqualTo(new BigDecimal("0.0025"));
	}

	@Test
	void readsEveryEscape() {
		assertThat(Json.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u0000\""))
			.isEqualTo("\" \\ / \b \f \n \r \t \u00e9 \u0000");
		assertThat(Json.parse("\"\\ud83d\\ude00 \ud83d\ude00\"")).as("non-BMP, escaped and raw")
			.isEqualTo("\ud83d\ude00 \ud83d\ude00");
	}

	@Test
	void writesWhatItReads() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("text", "quote \" backslash \\ slash / \u00e9 \ud83d\ude00 \u2028");
		value.put("controls", "\b\f\n\r\t\u0000\u0001\u001f\u007f");
		value.put("numbers", List.of(0L, -1L, Long.MAX_VALUE, new BigDecimal("12.50"), new BigDecimal("1E+400")));
		value.put("nested", Map.of("list", List.of(true, false)));
		value.put("null", null);
		value.put("empty", List.of());
		assertThat(Json.parse(Json.write(value))).isEqualTo(value);
	}

	@Test
	void escapesControlCharactersAndKeepsCharactersBeyondTheBmp() {
		assertThat(Json.write("a\"b\\c\nd\u0001e\u001f\u007f")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001e\\u001f\u007f\"");
		assertThat(Json.write("\b\f\r\t")).isEqualTo("\"\\b\\f\\r\\t\"");
		assertThat(Json.write("\ud83d\ude00")).as("a surrogate pair is written as itself")
			.isEqualTo("\"\ud83d\ude00\"");
		assertThat(Json.write("x\ud83dy\ude00")).as("a lone surrogate, which UTF-8 cannot carry, is escaped")
			.isEqualTo("\"x\\ud83dy\\ude00\"");
		assertThat(Json.parse(Json.write("x\ud83dy"))).isEqualTo("x\ud83dy");
	}

	@Test
	void writesNumbersBooleansNullsAndCollections() {
		assertThat(Json.write(null)).isEqualTo("null");
		assertThat(Json.write(true)).isEqualTo("true");
		assertThat(Json.write(42)).isEqualTo("42");
		assertThat(Json.write(42L)).isEqualTo("42");
		assertThat(Json.write(0.5)).isEqualTo("0.5");
		assertThat(Json.parse(Json.write(1.0E-7))).isEqualTo(new BigDecimal("1.0E-7"));
		assertThat(Json.write(Arrays.asList(1, null, "a"))).isEqualTo("[1,null,\"a\"]");
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("b", 1);
		object.put("a", null);
		assertThat(Json.write(object)).isEqualTo("{\"b\":1,\"a\":null}");
	}

	@Test
	void refusesWhatJsonCannotHold() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.write(Double.NaN)).withMessageContaining("NaN");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.write(Double.POSITIVE_INFINITY))
			.withMessageContaining("Infinity");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.write(new Object()))
			.withMessageContaining("java.lang.Object");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.write(Map.of(1, "x")))
			.withMessageContaining("names are strings");
	}

	@Test
	void refusesMalformedJsonSayingWhereAndWhat() {
		assertMalformed("", "offset 0 (line 1, column 1): expected a value, found the end of the text");
		assertMalformed("{\"a\":1,}", "offset 7 (line 1, column 8): expected a quoted member name, found '}'");
		assertMalformed("{\n  \"a\" 1}", "offset 8 (line 2, column 7): expected ':', found '1'");
		assertMalformed("[1 2]", "expected ']', found '2'");
		assertMalformed("[1,]", "expected a value, found ']'");
		assertMalformed("{\"a\":1} x", "offset 8 (line 1, column 9): expected the end of the document, found 'x'");
		assertMalformed("\"abc", "expected the closing quote of a string, found the end of the text");
		assertMalformed("\"a\nb\"", "control characters must be escaped), found '\\u000a'");
		assertMalformed("\"\\x\"", "expected an escape sequence");
		assertMalformed("\"\\u12g4\"", "expected four hexadecimal digits");
		assertMalformed("\"\\u12", "expected four hexadecimal digits");
		assertMalformed("01", "expected the end of the document, found '1'");
		assertMalformed("-", "expected a digit, found the end of the text");
		assertMalformed("1.", "expected a digit after the decimal point");
		assertMalformed(".5", "expected a value, found '.'");
		assertMalformed("+1", "expected a value, found '+'");
		assertMalformed("1e", "expected a digit in the exponent");
		assertMalformed("tru", "expected a value, found 't'");
		assertMalformed("nul", "expected a value");
		assertMalformed("NaN", "expected a value, found 'N'");
		assertMalformed("{'a':1}", "expected a quoted member name, found '''");
		assertMalformed("<html>", "expected a value, found '<'");
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse(null)).withMessage("Malformed JSON: no text");
	}

	@Test
	void refusesDocumentsNestedTooDeeplyRatherThanOverflowingTheStack() {
		String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
		assertMalformed(deep, "at most " + Json.MAX_DEPTH + " nested arrays and objects");
		String deepest = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
		assertThat(Json.parse(deepest)).isInstanceOf(List.class);
	}

	@Test
	void readValuesCannotBeChanged() {
		assertThat(Json.parse("{\"a\":[1]}")).isInstanceOfSatisfying(Map.class, (map) -> {
			assertThatUnsupported(() -> map.put("b", 2));
			assertThatUnsupported(() -> ((List<Object>) map.get("a")).add(2));
		});
	}

	private static void assertThatUnsupported(Runnable change) {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(change::run);
	}

	private static void assertMalformed(String text, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse(text))
			.withMessageStartingWith("Malformed JSON at offset ")
			.withMessageContaining(message);
	}

}
