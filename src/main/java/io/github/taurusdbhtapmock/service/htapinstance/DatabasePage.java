package io.github.taurusdbhtapmock.service.htapinstance;

import java.util.List;

/**
 * One page of a StarRocks instance's databases; totalCount counts every database that
 * matched the filter.
 */
public record DatabasePage(List<String> databases, int totalCount, int timestamp) {

	public DatabasePage {
		databases = List.copyOf(databases);
	}

}
