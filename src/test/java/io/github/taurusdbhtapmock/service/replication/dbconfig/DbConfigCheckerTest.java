package io.github.taurusdbhtapmock.service.replication.dbconfig;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The db_configs catalogue: types and inclusive ranges. */
class DbConfigCheckerTest {

	private final DbParameterCatalogue catalogue = new DbParameterCatalogue(new StaticMessageSource());

	private final DbConfigChecker checker = new DbConfigChecker(this.catalogue);

	@ParameterizedTest(name = "{0}={1} -> {2}")
	@CsvSource({ "enable_chunk_level_dump,true,true", "enable_chunk_level_dump,false,true",
			"enable_chunk_level_dump,TRUE,false", "enable_chunk_level_dump,1,false", "snapshot_with_lock,false,true",
			"sync_commit_interval_ms,1000,true", "sync_commit_interval_ms,60000,true",
			"sync_commit_interval_ms,999,false", "sync_commit_interval_ms,60001,false",
			"sync_commit_interval_ms,5000.0,false", "sync_commit_interval_ms,' 5000',false",
			"sync_commit_interval_ms,+5000,false", "sync_commit_interval_ms,abc,false",
			"sync_commit_interval_ms,99999999999999999999,false", "max_sync_commit_rows,2000000,true",
			"max_sync_commit_bytes,1610612736,true", "max_sync_commit_bytes,1610612737,false",
			"max_full_sync_task_threads_num,2,true", "max_full_sync_task_threads_num,4,false",
			"max_rows_per_chunk,0,true", "max_rows_per_chunk,-1,false", "max_bytes_per_chunk,33554432,true",
			"binlog_expire_logs_seconds,0,true", "binlog_expire_logs_seconds,604800,true",
			"binlog_expire_logs_seconds,604801,false", "max_incremental_sync_task_threads_num,8,true",
			"expect_tablet_size,3,true", "expect_tablet_num_for_one_partition,0,true", "sync_view,true,true",
			"max_binlog_size,1073741824,false", "Sync_View,true,false" })
	void checksTypeAndRange(String name, String value, boolean passes) {
		DbConfigCheck check = this.checker.check(name, value);
		assertThat(check.passed()).isEqualTo(passes);
		assertThat(check.paramName()).isEqualTo(name);
		assertThat(check.value()).isEqualTo(value);
	}

	@Test
	void everyDefaultIsInItsOwnRange() {
		assertThat(this.catalogue.all()).hasSize(13)
			.allSatisfy((parameter) -> assertThat(parameter.accepts(parameter.defaultValue())).isTrue());
	}

}
