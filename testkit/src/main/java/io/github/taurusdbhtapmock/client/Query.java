package io.github.taurusdbhtapmock.client;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Values placed in a URL: every character but the unreserved ones of RFC 3986 is
 * percent-encoded (as UTF-8), so a value is sent as given, whatever it holds ({@code &},
 * {@code /}, {@code +}, a space, a non-ASCII letter), both in a query and in a path
 * segment.
 */
final class Query {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private Query() {
	}

	/**
	 * {@code ?name=value&...} of the pairs whose value is not null; empty when none is.
	 */
	static String of(String... namesAndValues) {
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				query.append((query.length() == 0) ? '?' : '&')
					.append(encode(namesAndValues[i]))
					.append('=')
					.append(encode(namesAndValues[i + 1]));
			}
		}
		return query.toString();
	}

	/** One path segment, e.g. a job id; null is refused with the argument's name. */
	static String segment(String value, String argument) {
		return encode(Objects.requireNonNull(value, argument));
	}

	static String encode(String value) {
		StringBuilder encoded = new StringBuilder(value.length());
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
			}
		}
		return encoded.toString();
	}

}
