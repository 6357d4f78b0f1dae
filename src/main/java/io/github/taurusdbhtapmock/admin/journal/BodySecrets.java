package io.github.taurusdbhtapmock.admin.journal;

import java.util.Locale;

import io.github.taurusdbhtapmock.platform.web.Exchange;

/**
 * Masks the secrets of a JSON request body before the journal keeps it: the value of
 * every field whose name holds {@code password}, {@code passwd} or {@code pwd} (the
 * database user's {@code password}, an instance's {@code db_root_pwd}) reads
 * {@value Exchange#REDACTED}, as a credential header does. Works on the start of a body
 * too, where a value may be cut off, and on names written with JSON escapes. One pass
 * over the text, without regular expressions, so a body of any length costs linear time
 * and no stack.
 */
final class BodySecrets {

	private static final String MASKED = "\"" + Exchange.REDACTED + "\"";

	private BodySecrets() {
	}

	static String mask(String body) {
		if (body == null || body.indexOf('"') < 0) {
			return body;
		}
		StringBuilder masked = null;
		int copied = 0;
		int i = 0;
		while (i < body.length()) {
			if (body.charAt(i) != '"') {
				i++;
				continue;
			}
			int nameEnd = stringEnd(body, i);
			int colon = skipSpace(body, nameEnd);
			if (colon >= body.length() || body.charAt(colon) != ':') {
				// a string value, or an array item: not a field name
				i = nameEnd;
				continue;
			}
			int valueStart = skipSpace(body, colon + 1);
			if (valueStart >= body.length()) {
				break;
			}
			int valueEnd = (body.charAt(valueStart) == '"') ? stringEnd(body, valueStart) : scalarEnd(body, valueStart);
			if (valueEnd > valueStart && isSecret(body.substring(i + 1, Math.max(i + 1, nameEnd - 1)))) {
				if (masked == null) {
					masked = new StringBuilder(body.length());
				}
				masked.append(body, copied, valueStart).append(MASKED);
				copied = valueEnd;
				i = valueEnd;
			}
			else {
				// an object or array value is scanned on, for the fields inside it
				i = (body.charAt(valueStart) == '"') ? valueEnd : valueStart;
			}
		}
		if (masked == null) {
			return body;
		}
		return masked.append(body, copied, body.length()).toString();
	}

	/** Just past the string starting at {@code start}, or the end of a cut-off body. */
	private static int stringEnd(String body, int start) {
		int i = start + 1;
		while (i < body.length()) {
			char c = body.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == '"') {
				return i + 1;
			}
			else {
				i++;
			}
		}
		return body.length();
	}

	/** Just past a number, literal or other scalar; nothing for an object or array. */
	private static int scalarEnd(String body, int start) {
		int i = start;
		while (i < body.length() && ",}]{[\" \t\r\n".indexOf(body.charAt(i)) < 0) {
			i++;
		}
		return i;
	}

	private static int skipSpace(String body, int from) {
		int i = from;
		while (i < body.length() && " \t\r\n".indexOf(body.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

	private static boolean isSecret(String rawName) {
		String name = unescape(rawName).toLowerCase(Locale.ROOT);
		return name.contains("password") || name.contains("passwd") || name.contains("pwd");
	}

	/** The name as a JSON parser reads it: \\u0070 is p. */
	private static String unescape(String name) {
		if (name.indexOf('\\') < 0) {
			return name;
		}
		StringBuilder text = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '\\' && i + 1 < name.length()) {
				char escaped = name.charAt(++i);
				if (escaped == 'u' && i + 4 < name.length()) {
					try {
						text.append((char) Integer.parseInt(name.substring(i + 1, i + 5), 16));
						i += 4;
						continue;
					}
					catch (NumberFormatException ex) {
						// not an escape a parser reads: keep the text as it is
					}
				}
				text.append(escaped);
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

}
