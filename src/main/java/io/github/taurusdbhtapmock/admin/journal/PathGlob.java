package io.github.taurusdbhtapmock.admin.journal;

import java.util.regex.Pattern;

/**
 * A path pattern as the control plane takes them, for journal filters and fault rules
 * alike: {@code *} matches within one segment, {@code **} across segments, everything
 * else literally; the whole path must match. So <code>/v3/&#42;/jobs</code> is every
 * project's job queries and <code>/v3/&#42;&#42;/replication</code> every task operation
 * of every instance.
 */
public final class PathGlob {

	private final String text;

	private final Pattern regex;

	private PathGlob(String text, Pattern regex) {
		this.text = text;
		this.regex = regex;
	}

	public static PathGlob compile(String glob) {
		StringBuilder regex = new StringBuilder();
		int literalStart = 0;
		int i = 0;
		while (i < glob.length()) {
			if (glob.charAt(i) != '*') {
				i++;
				continue;
			}
			if (i > literalStart) {
				regex.append(Pattern.quote(glob.substring(literalStart, i)));
			}
			boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
			regex.append(doubleStar ? ".*" : "[^/]*");
			i += doubleStar ? 2 : 1;
			literalStart = i;
		}
		if (literalStart < glob.length()) {
			regex.append(Pattern.quote(glob.substring(literalStart)));
		}
		return new PathGlob(glob, Pattern.compile(regex.toString()));
	}

	public boolean matches(String path) {
		return path != null && this.regex.matcher(path).matches();
	}

	@Override
	public String toString() {
		return this.text;
	}

}
