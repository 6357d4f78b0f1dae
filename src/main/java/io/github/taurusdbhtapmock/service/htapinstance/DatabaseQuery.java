package io.github.taurusdbhtapmock.service.htapinstance;

import java.util.Locale;

/**
 * The paging and filter of ListStarRocksDataBases, already checked for format. Defaults
 * are the documented ones: limit 1, offset 0. An empty filter is no filter, as in the
 * official request example ({@code database_name=}).
 */
public record DatabaseQuery(int limit, int offset, String nameFilter) {

	static final int DEFAULT_LIMIT = 1;

	public static DatabaseQuery of(String limit, String offset, String databaseName) {
		return new DatabaseQuery((limit != null) ? Integer.parseInt(limit) : DEFAULT_LIMIT,
				(offset != null) ? Integer.parseInt(offset) : 0,
				(databaseName != null && !databaseName.isEmpty()) ? databaseName : null);
	}

	/**
	 * Fuzzy: the filter appears anywhere in the name, in any letter case. No wildcards.
	 */
	boolean matches(String database) {
		return this.nameFilter == null
				|| database.toLowerCase(Locale.ROOT).contains(this.nameFilter.toLowerCase(Locale.ROOT));
	}

}
