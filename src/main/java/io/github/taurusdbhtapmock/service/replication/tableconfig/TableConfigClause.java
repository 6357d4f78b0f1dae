package io.github.taurusdbhtapmock.service.replication.tableconfig;

import java.util.List;

/**
 * One {@code ;}-separated operation of a {@code table_config}: the columns it names and,
 * for the numeric operations, its number ({@code buckets}, {@code replication_num}).
 */
record TableConfigClause(Kind kind, List<String> columns, Integer number) {

	/**
	 * What the operation sets: {@code distributed by ... buckets N} sets the bucket count
	 * as well.
	 */
	List<Kind> settings() {
		return (this.kind == Kind.DISTRIBUTED_BY && this.number != null) ? List.of(Kind.DISTRIBUTED_BY, Kind.BUCKETS)
				: List.of(this.kind);
	}

	enum Kind {

		ORDER_BY("order by"), KEY_COLUMNS("key columns"), DISTRIBUTED_BY("distributed by"),
		PARTITION_BY("partition by"), DATA_MODEL("data_model"), BUCKETS("buckets"), REPLICATION_NUM("replication_num"),
		ENABLE_PERSISTENT_INDEX("enable_persistent_index");

		private final String keyword;

		Kind(String keyword) {
			this.keyword = keyword;
		}

		String keyword() {
			return this.keyword;
		}

	}

}
