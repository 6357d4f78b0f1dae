package io.github.taurusdbhtapmock.service.htapsource;

import java.util.List;

/** One page of names, and how many names match in all. */
record NamePage(List<String> names, int total) {

	static NamePage of(List<String> matching, int offset, int limit) {
		return new NamePage(matching.stream().skip(offset).limit(limit).toList(), matching.size());
	}

}
