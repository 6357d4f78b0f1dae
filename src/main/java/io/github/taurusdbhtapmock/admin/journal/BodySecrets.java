package io.github.taurusdbhtapmock.admin.journal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.taurusdbhtapmock.platform.web.Exchange;

/**
 * Masks the secrets of a JSON request body before the journal keeps it: the value of
 * every field whose name holds {@code password}, {@code passwd} or {@code pwd} (the
 * database user's {@code password}, an instance's {@code db_root_pwd}) reads
 * {@value Exchange#REDACTED}, as a credential header does. Works on the start of a body
 * too, where a value may be cut off, and on names written with JSON escapes.
 */
final class BodySecrets {

	/**
	 * A JSON string, then a colon, then the value: a string (maybe cut off) or a scalar.
	 */
	private static final Pattern FIELD = Pattern
		.compile("\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*(?:\"|\\\\?$)|[^,}\\]\\s\"]+)");

	private static final Pattern SECRET_NAME = Pattern.compile(".*(password|passwd|pwd).*");

	private static final String MASKED = "\"" + Exchange.REDACTED + "\"";

	private BodySecrets() {
	}

	static String mask(String body) {
		if (body == null) {
			return null;
		}
		Matcher field = FIELD.matcher(body);
		StringBuilder masked = null;
		while (field.find()) {
			if (isSecret(field.group(1))) {
				if (masked == null) {
					masked = new StringBuilder(body.length());
				}
				field.appendReplacement(masked,
						Matcher.quoteReplacement(body.substring(field.start(), field.start(3)) + MASKED));
			}
		}
		if (masked == null) {
			return body;
		}
		field.appendTail(masked);
		return masked.toString();
	}

	private static boolean isSecret(String name) {
		return SECRET_NAME.matcher(unescape(name).toLowerCase(Locale.ROOT)).matches();
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
