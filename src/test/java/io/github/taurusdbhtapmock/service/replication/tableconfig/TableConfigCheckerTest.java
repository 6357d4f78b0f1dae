package io.github.taurusdbhtapmock.service.replication.tableconfig;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.service.topology.SourceDatabase;
import io.github.taurusdbhtapmock.service.topology.SourceTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table_config grammar and its checks against the source table, one operation form at
 * a time.
 */
class TableConfigCheckerTest {

	private static final SourceDatabase DATABASE = new SourceDatabase("src_db", Map.of("orders",
			new SourceTable("orders", List.of("id", "customer_id", "amount", "status", "created_at"))));

	private final TableConfigChecker checker = new TableConfigChecker();

	@ParameterizedTest
	@ValueSource(strings = { "order by id", "order by (id, customer_id)", "ORDER BY id,customer_id", "order by `id`",
			"key columns (id, customer_id)", "key columns id, customer_id", "distributed by (id) buckets 3",
			"distributed by (id, status)", "distributed by id buckets 8", "partition by date_trunc('day', created_at)",
			"partition by date_trunc( 'month' , created_at )", "partition by time_slice(created_at, interval 7 day)",
			"partition by (status)", "partition by status, id", "data_model=primary key", "data_model = duplicate key",
			"data_model=unique key", "buckets 4", "buckets=4", "replication_num=3", "replication_num = 1",
			"enable_persistent_index=true", "enable_persistent_index=false",
			"data_model=duplicate key;key columns id, customer_id;", "order by id;replication_num=3",
			" order by id ; distributed by (id) buckets 2 ; enable_persistent_index=true ", "Order By Customer_Id",
			"data_model=primary key;key columns id;order by created_at;partition by date_trunc('month', created_at);distributed by (id) buckets 16;replication_num=2;enable_persistent_index=true" })
	void acceptsTheDocumentedSyntax(String config) {
		TableConfigCheck check = this.checker.check("orders", config, DATABASE, 3);
		assertThat(check.passed()).as(check.reason()).isTrue();
		assertThat(check.tableConfig()).isEqualTo(config);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", ";", "{}", "{\"replication_num\":\"1\"}", "tableConfig", "order id", "order by",
			"order by ()", "order by id,", "order by id id", "order by id, ID", "order by no_such_column",
			"key columns id; key columns customer_id", "distributed by (id) buckets 0", "distributed by (id) buckets x",
			"distributed by (id) buckets 2; buckets 3", "partition by date_trunc('fortnight', created_at)",
			"partition by date_trunc('day', missing)", "partition by time_slice(created_at, interval day)",
			"data_model=primary", "data_model=aggregate key", "buckets -1", "replication_num=4", "replication_num=0",
			"replication_num=three", "enable_persistent_index=yes", "order by id; drop table orders",
			"order by id' or '1'='1" })
	void refusesWhatIsNotTheSyntaxOrDoesNotFitTheTable(String config) {
		TableConfigCheck check = this.checker.check("orders", config, DATABASE, 3);
		assertThat(check.passed()).isFalse();
		assertThat(check.reason()).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "missing", "ORDERS", "src_db.orders" })
	void theTableMustExistInTheSourceDatabase(String table) {
		TableConfigCheck check = this.checker.check(table, "order by id", DATABASE, 3);
		assertThat(check.passed()).isFalse();
		assertThat(check.reason()).contains("does not exist");
	}

}
