package io.github.taurusdbhtapmock.platform.apidoc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Summaries and "Try it out" examples of the OpenAPI document. Paths, parameters, schemas
 * and operation ids (from {@code @SdkOperation}) come from the handlers themselves; this
 * table only adds what code cannot say.
 *
 * <p>
 * <b>Adding an operation:</b> add an entry here, in the order a user should try the
 * operations in Swagger UI (each example runs after the ones above it, on a freshly
 * started emulator with the demo topology), and, if it takes a body, an example in
 * {@code src/main/resources/apidoc/<operationId>.json}. OpenApiDocumentTest fails until
 * every documented operation has an entry whose examples answer as declared.
 */
final class ApiOperations {

	static final String PROJECT = "0123456789abcdef0123456789abcdef";

	static final String STARROCKS_INSTANCE = "aaaabbbbccccddddeeeeffff00001111in17";

	static final String TAURUS_INSTANCE = "1111aaaa2222bbbb3333cccc4444ddddin07";

	/**
	 * The demo topology's project and StarRocks instance: the default examples of the
	 * path parameters.
	 */
	static final Map<String, String> DEMO_PATH = Map.of("project_id", PROJECT, "instance_id", STARROCKS_INSTANCE);

	static final List<ApiOperation> ALL = List.of(
			ApiOperation.of("CreateStarRocksDataReplication", "Create and start a data synchronization task")
				.withBody(),
			ApiOperation.of("ModifyDataSync", "Change a task's parameters, table configurations and table selection")
				.withBody(),
			ApiOperation
				.of("CheckTableConfig", "Check table configurations (and register a task that is not started yet)")
				.withBody(),
			ApiOperation.of("CheckDataBaseConfig", "Check database parameters (db_configs) of a task").withBody(),
			ApiOperation.of("ListStarRocksDataReplications", "List the synchronization tasks of a StarRocks instance")
				.withExamples(Map.of("limit", "10", "offset", "0")),
			ApiOperation.of("ListStarRocksDataReplicationConfig", "Read a task's configuration")
				.withExamples(Map.of("task_name", "task_demo")),
			ApiOperation
				.of("ListStarRocksDataReplicationConfigByDataBase",
						"Read a task's configuration by its destination " + "database")
				.withExamples(Map.of("database", "tgt_db")),
			ApiOperation.of("ListStarRocksDbParameters", "List the database parameters db_configs may set"),
			ApiOperation.of("PauseStarRocksDataReplication", "Pause a task").withBody(),
			ApiOperation.of("ResumeStarRocksDataReplication", "Resume a paused task").withBody(),
			ApiOperation.of("ShowGaussMySqlJobInfo", "Show a job (pass the job_id of a reply above)")
				.withExamples(Map.of("id", "00000000-0000-4000-8000-000000000000"))
				.answeringExampleWith("DBS.200543"),
			ApiOperation.of("ListStarRocksDataBases", "List the StarRocks instance's databases")
				.withExamples(Map.of("limit", "10", "offset", "0")),
			ApiOperation.of("ListHtapInstanceInfo", "List the HTAP (StarRocks) instances of a TaurusDB instance")
				.withExamples(Map.of("instance_id", TAURUS_INSTANCE)),
			ApiOperation.of("ListStarrocksInstanceInfo", "Show a StarRocks instance of a TaurusDB instance")
				.withExamples(Map.of("instance_id", TAURUS_INSTANCE, "starrocks_instance_id", STARROCKS_INSTANCE)),
			ApiOperation.of("DeleteStarRocksDataReplication", "Delete a task").withBody());

	private ApiOperations() {
	}

	static Optional<ApiOperation> find(String operationId) {
		return ALL.stream().filter((operation) -> operation.operationId().equals(operationId)).findFirst();
	}

}
