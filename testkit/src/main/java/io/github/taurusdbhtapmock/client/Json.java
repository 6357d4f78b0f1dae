package io.github.taurusdbhtapmock.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to plain Java values and back, with the JDK alone, so that the kit never
 * meets a user's own Jackson. A value is a {@code Map<String, Object>} (object, in
 * document order), a {@code List<Object>} (array), a {@code String}, a {@code Long} (a
 * whole number that fits) or {@code BigDecimal} (any other number), a {@code Boolean} or
 * {@code null}. Parsing is strict (RFC 8259): anything else is refused with an
 * {@link IllegalArgumentException} saying what was expected where.
 */
final class Json {

	/**
	 * Deeper documents are refused rather than risk the stack: the control plane's
	 * replies nest a few levels.
	 */
	static final int MAX_DEPTH = 512;

	private Json() {
	}

	/** The value of one JSON document, whitespace around it allowed. */
	static Object parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("Malformed JSON: no text");
		}
		return new Reader(text).document();
	}

	/** The JSON text of a value made of the types {@link #parse} returns. */
	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof CharSequence text) {
			writeString(text, out);
		}
		else if (value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Number number) {
			out.append(number(number));
		}
		else if (value instanceof Map<?, ?> map) {
			writeObject(map, out);
		}
		else if (value instanceof Collection<?> list) {
			writeArray(list, out);
		}
		else {
			throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON");
		}
	}

	private static String number(Number number) {
		if (number instanceof Double || number instanceof Float) {
			double value = number.doubleValue();
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				throw new IllegalArgumentException("JSON has no number " + value);
			}
			// Double.toString writes 1.0E-5, which JSON reads as well
			return number.toString();
		}
		if (number instanceof BigDecimal || number instanceof Long || number instanceof Integer
				|| number instanceof Short || number instanceof Byte || number instanceof java.math.BigInteger) {
			return number.toString();
		}
		throw new IllegalArgumentException("Cannot write a " + number.getClass().getName() + " as JSON");
	}

	private static void writeObject(Map<?, ?> map, StringBuilder out) {
		out.append('{');
		boolean first = true;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (!(entry.getKey() instanceof String name)) {
				throw new IllegalArgumentException("A JSON object's names are strings, not " + entry.getKey());
			}
			if (!first) {
				out.append(',');
			}
			first = false;
			writeString(name, out);
			out.append(':');
			write(entry.getValue(), out);
		}
		out.append('}');
	}

	private static void writeArray(Collection<?> list, StringBuilder out) {
		out.append('[');
		boolean first = true;
		for (Object item : list) {
			if (!first) {
				out.append(',');
			}
			first = false;
			write(item, out);
		}
		out.append(']');
	}

	/**
	 * Characters that JSON does not allow raw (quote, backslash, controls) are escaped,
	 * and so is a lone surrogate, which no UTF-8 encoder could carry; a surrogate pair (a
	 * character beyond the BMP) is written as itself.
	 */
	private static void writeString(CharSequence text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						unicodeEscape(c, out);
					}
					else if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else if (Character.isSurrogate(c)) {
						unicodeEscape(c, out);
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static void unicodeEscape(char c, StringBuilder out) {
		out.append(String.format("\\u%04x", (int) c));
	}

	/** A recursive-descent reader of one document. */
	private static final class Reader {

		private final String text;

		private int position;

		private int depth;

		Reader(String text) {
			this.text = text;
		}

		Object document() {
			skipWhitespace();
			Object value = value();
			skipWhitespace();
			if (this.position < this.text.length()) {
				throw malformed("the end of the document");
			}
			return value;
		}

		private Object value() {
			if (this.position >= this.text.length()) {
				throw malformed("a value");
			}
			char c = this.text.charAt(this.position);
			return switch (c) {
				case '{' -> object();
				case '[' -> array();
				case '"' -> string();
				case 't' -> literal("true", Boolean.TRUE);
				case 'f' -> literal("false", Boolean.FALSE);
				case 'n' -> literal("null", null);
				default -> {
					if (c == '-' || (c >= '0' && c <= '9')) {
						yield number();
					}
					throw malformed("a value");
				}
			};
		}

		private Map<String, Object> object() {
			enter();
			this.position++;
			Map<String, Object> object = new LinkedHashMap<>();
			skipWhitespace();
			if (consume('}')) {
				return leave(Collections.unmodifiableMap(object));
			}
			do {
				skipWhitespace();
				if (this.position >= this.text.length() || this.text.charAt(this.position) != '"') {
					throw malformed("a quoted member name");
				}
				String name = string();
				skipWhitespace();
				expect(':');
				skipWhitespace();
				object.put(name, value());
				skipWhitespace();
			}
			while (consume(','));
			expect('}');
			return leave(Collections.unmodifiableMap(object));
		}

		private List<Object> array() {
			enter();
			this.position++;
			List<Object> array = new ArrayList<>();
			skipWhitespace();
			if (consume(']')) {
				return leave(Collections.unmodifiableList(array));
			}
			do {
				skipWhitespace();
				array.add(value());
				skipWhitespace();
			}
			while (consume(','));
			expect(']');
			return leave(Collections.unmodifiableList(array));
		}

		private void enter() {
			if (++this.depth > MAX_DEPTH) {
				throw malformed("at most " + MAX_DEPTH + " nested arrays and objects");
			}
		}

		private <T> T leave(T value) {
			this.depth--;
			return value;
		}

		private String string() {
			this.position++;
			StringBuilder value = new StringBuilder();
			while (true) {
				if (this.position >= this.text.length()) {
					throw malformed("the closing quote of a string");
				}
				char c = this.text.charAt(this.position);
				if (c == '"') {
					this.position++;
					return value.toString();
				}
				if (c < 0x20) {
					throw malformed("a string character (control characters must be escaped)");
				}
				if (c == '\\') {
					escape(value);
				}
				else {
					value.append(c);
					this.position++;
				}
			}
		}

		private void escape(StringBuilder value) {
			this.position++;
			if (this.position >= this.text.length()) {
				throw malformed("an escape sequence");
			}
			char c = this.text.charAt(this.position++);
			switch (c) {
				case '"', '\\', '/' -> value.append(c);
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> value.append(hexCharacter());
				default -> {
					this.position--;
					throw malformed("an escape sequence (one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
				}
			}
		}

		private char hexCharacter() {
			if (this.position + 4 > this.text.length()) {
				throw malformed("four hexadecimal digits");
			}
			int code = 0;
			for (int i = 0; i < 4; i++) {
				int digit = Character.digit(this.text.charAt(this.position), 16);
				if (digit < 0) {
					throw malformed("four hexadecimal digits");
				}
				code = code * 16 + digit;
				this.position++;
			}
			return (char) code;
		}

		/** The grammar of RFC 8259: no leading zeros, no bare dot, no plus sign. */
		private Number number() {
			int start = this.position;
			consume('-');
			if (!consume('0')) {
				digits("a digit");
			}
			boolean whole = true;
			if (consume('.')) {
				whole = false;
				digits("a digit after the decimal point");
			}
			if (consume('e') || consume('E')) {
				whole = false;
				if (!consume('+')) {
					consume('-');
				}
				digits("a digit in the exponent");
			}
			String literal = this.text.substring(start, this.position);
			if (whole && literal.length() <= 18) {
				return Long.valueOf(literal);
			}
			BigDecimal value = new BigDecimal(literal);
			if (whole) {
				try {
					return value.longValueExact();
				}
				catch (ArithmeticException ex) {
					return value;
				}
			}
			return value;
		}

		private void digits(String expected) {
			int start = this.position;
			while (this.position < this.text.length() && this.text.charAt(this.position) >= '0'
					&& this.text.charAt(this.position) <= '9') {
				this.position++;
			}
			if (this.position == start) {
				throw malformed(expected);
			}
		}

		private Object literal(String word, Object value) {
			if (!this.text.startsWith(word, this.position)) {
				throw malformed("a value");
			}
			this.position += word.length();
			return value;
		}

		private boolean consume(char c) {
			if (this.position < this.text.length() && this.text.charAt(this.position) == c) {
				this.position++;
				return true;
			}
			return false;
		}

		private void expect(char c) {
			if (!consume(c)) {
				throw malformed("'" + c + "'");
			}
		}

		private void skipWhitespace() {
			while (this.position < this.text.length()) {
				char c = this.text.charAt(this.position);
				if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
					return;
				}
				this.position++;
			}
		}

		/**
		 * Where (offset, line, column) and what was found instead of what was expected.
		 */
		private IllegalArgumentException malformed(String expected) {
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < this.position && i < this.text.length(); i++) {
				if (this.text.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			String found = (this.position < this.text.length()) ? "'" + describe(this.text.charAt(this.position)) + "'"
					: "the end of the text";
			return new IllegalArgumentException("Malformed JSON at offset " + this.position + " (line " + line
					+ ", column " + (this.position - lineStart + 1) + "): expected " + expected + ", found " + found);
		}

		private static String describe(char c) {
			return (c < 0x20 || Character.isSurrogate(c)) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
		}

	}

}
