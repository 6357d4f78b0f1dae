package io.github.taurusdbhtapmock.gateway.limits;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;

import static io.github.taurusdbhtapmock.support.ApiClient.REPLICATION_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Too many items in one request is refused with the list named, before anything is
 * checked or stored.
 */
class ItemLimitsTest extends EmulatorTest {

	private static String items(int count, String template) {
		return IntStream.range(0, count).mapToObj((i) -> template.formatted(i)).collect(Collectors.joining(","));
	}

	@Test
	void moreThan1024DbConfigsAreRefused() {
		String task = createTask();
		ApiResponse reply = this.api
			.put(REPLICATION_PATH,
					"{\"task_name\":\"" + task + "\",\"db_configs\":["
							+ items(1025, "{\"param_name\":\"p%d\",\"value\":\"1\"}") + "]}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(reply.errorMessage()).contains("db_configs: must have a size between 0 and 1024");
	}

	@Test
	void moreThan5000TablesAreRefused() {
		String task = createTask();
		ApiResponse configs = this.api
			.put(REPLICATION_PATH,
					"{\"task_name\":\"" + task + "\",\"tables_configs\":["
							+ items(5001, "{\"table_name\":\"t%d\",\"table_config\":\"order by id\"}") + "]}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(configs.errorMessage()).contains("tables_configs: must have a size between 0 and 5000");
		ApiResponse selection = this.api
			.put(REPLICATION_PATH, "{\"task_name\":\"" + task
					+ "\",\"table_repl_config\":{\"repl_type\":\"exclude_tables\",\"repl_scope\":\"part\",\"tables\":["
					+ items(5001, "\"t%d\"") + "]}}")
			.assertError(400, "DBS.280001", "Parameter error.");
		assertThat(selection.errorMessage()).contains("table_repl_config.tables: must have a size between 0 and 5000");
	}

}
