package io.github.taurusdbhtapmock.observability;

/**
 * Makes client-supplied text safe for a log line: path variables are URL-decoded and
 * bodies are anything, so a value could carry a line break that forges a second log line,
 * or be long enough to bury the line.
 */
final class LogValues {

	static final int MAX_LENGTH = 128;

	private LogValues() {
	}

	static String clean(String value) {
		if (value == null) {
			return null;
		}
		int length = Math.min(value.length(), MAX_LENGTH);
		if (length == value.length() && isClean(value)) {
			return value;
		}
		StringBuilder cleaned = new StringBuilder(length + 3);
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			cleaned.append((c <= ' ' || c == 0x7f) ? '?' : c);
		}
		if (length < value.length()) {
			cleaned.append("...");
		}
		return cleaned.toString();
	}

	private static boolean isClean(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c <= ' ' || c == 0x7f) {
				return false;
			}
		}
		return true;
	}

}
