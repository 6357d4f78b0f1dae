package io.github.taurusdbhtapmock.service.topology;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external topology file replaces the demo topology; every project in it is a separate
 * tenant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.additional-location=classpath:two-tenants.yml")
class TopologyFileTest {

	private static final String OTHER_PROJECT = "fedcba9876543210fedcba9876543210";

	@LocalServerPort
	private int port;

	private ApiClient api;

	@BeforeEach
	void connect() {
		this.api = ApiClient.forPort(this.port);
	}

	private static String path(String project) {
		return ApiClient.REPLICATION_PATH.replace(ApiClient.PROJECT, project);
	}

	private static String create(String task, String target) {
		return """
				{"source_instance_id":"%s","source_database":"shop","target_database":"%s","task_name":"%s"}"""
			.formatted(ApiClient.SOURCE_INSTANCE, target, task);
	}

	@Test
	void theFileReplacesTheDemoTopology() {
		this.api.post(path(ApiClient.PROJECT), create("from_src_db", "t_src").replace("shop", "src_db"))
			.assertError(400, "DBS.200823", "The database does not exist.");
		this.api.post(path(ApiClient.PROJECT), create("from_shop", "t_shop")).assertOk();
	}

	@Test
	void tenantsNeverSeeEachOthersTasks() {
		this.api.post(path(ApiClient.PROJECT), create("shared_name", "same_target")).assertOk();
		this.api.get(path(OTHER_PROJECT) + "/configuration?task_name=shared_name")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		// the same name and destination are free in the other tenant
		this.api.post(path(OTHER_PROJECT), create("shared_name", "same_target")).assertOk();
		this.api.put(path(OTHER_PROJECT),
				"""
						{"task_name":"shared_name","tables_configs":[{"table_name":"carts","table_config":"order by owner"}]}""")
			.assertOk();
		ApiResponse mine = this.api.get(path(ApiClient.PROJECT) + "/configuration?task_name=shared_name").assertOk();
		assertThat(mine.json().get("table_infos")).isEmpty();
	}

	@Test
	void eachInstanceHasItsOwnBeNodeCount() {
		String config = "{\"task_name\":\"%s\",\"source_instance_id\":\"%s\",\"source_database_name\":\"shop\","
				+ "\"tables_configs\":[{\"table_name\":\"carts\",\"table_config\":\"replication_num=3\"}]}";
		assertThat(this.api
			.post(path(ApiClient.PROJECT) + "/table-config-check",
					config.formatted("any_task", ApiClient.SOURCE_INSTANCE))
			.assertOk()
			.json()
			.at("/tbl_config_check_results/0/check_result")
			.asString()).isEqualTo("failed");
		assertThat(this.api
			.post(path(OTHER_PROJECT) + "/table-config-check", config.formatted("any_task", ApiClient.SOURCE_INSTANCE))
			.assertOk()
			.json()
			.at("/tbl_config_check_results/0/check_result")
			.asString()).isEqualTo("success");
	}

	@Test
	void aWellFormedProjectWithoutInstancesIsATenantWithNothing() {
		this.api.get(path("00000000000000000000000000000000") + "/configuration?task_name=abc")
			.assertError(400, "DBS.200022", "Instance not found.");
	}

}
