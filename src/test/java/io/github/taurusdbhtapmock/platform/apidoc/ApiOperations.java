package io.github.taurusdbhtapmock.platform.apidoc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Summaries and "Try it out" examples of the OpenAPI document. Paths, parameters, schemas
 * and operation ids (from {@code @SdkOperation}, or the handler's name in the control
 * plane) come from the handlers themselves; this table only adds what code cannot say.
 *
 * <p>
 * <b>Adding an operation:</b> add an entry to {@link #ALL} (the emulated API) or
 * {@link #CONTROL_PLANE} (under {@code /_emulator}), in the order a user should try the
 * operations in Swagger UI (each example runs after the ones above it, on a freshly
 * started emulator with the demo topology), and, if it takes a body, an example in
 * {@code src/test/resources/apidoc/<operationId>.json}; then regenerate the committed
 * document: {@code ./mvnw test -Dtest=ApiDocumentUpToDateTest -Dapidoc.write=true}.
 * OpenApiDocumentTest and ControlPlaneOpenApiTest fail until every documented operation
 * has an entry whose examples answer as declared, and ApiDocumentUpToDateTest until the
 * committed document is the generated one.
 */
final class ApiOperations {

	static final String PROJECT = "0123456789abcdef0123456789abcdef";

	static final String STARROCKS_INSTANCE = "aaaabbbbccccddddeeeeffff00001111in17";

	static final String TAURUS_INSTANCE = "1111aaaa2222bbbb3333cccc4444ddddin07";

	/** The first BE node of the demo StarRocks instance (node ids derive from it). */
	static final String STARROCKS_BE_NODE = "ef0cef4dc02a35ae85d8836afe6a0c15no17";

	/**
	 * A StarRocks instance of no project: the deletion example shows the refusal rather
	 * than delete the demo instance the other examples use.
	 */
	static final String UNKNOWN_STARROCKS_INSTANCE = "aaaabbbbccccddddeeeeffff00009999in17";

	/**
	 * The demo topology's project and StarRocks instance: the default examples of the
	 * path parameters.
	 */
	static final Map<String, String> DEMO_PATH = Map.of("project_id", PROJECT, "instance_id", STARROCKS_INSTANCE);

	/** What the log queries' examples need of their dates. */
	private static final String LOG_RANGE = "start_time and end_time (yyyy-mm-ddThh:mm:ssZ) must lie within the last "
			+ "30 days on the emulator's clock, the start before the end: change the example's dates to today's.";

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
			ApiOperation.of("ShowHtapQueryQueuesRule", "Show the query queue's switch and thresholds"),
			ApiOperation.of("UpdateHtapQueryQueuesControl", "Turn the query queue on or off").withBody(),
			ApiOperation
				.of("SetHtapQueryQueuesRule", "Set the query queue's thresholds (a field left out keeps its value)")
				.withBody(),
			ApiOperation.of("ShowStarRocksSlowlogSensitiveStatus", "Show whether the slow log masks literals"),
			ApiOperation.of("UpdateSlowlogSensitiveStatus", "Turn slow-log masking on or off").withBody(),
			ApiOperation.of("ShowHtapProcessList", "List the instance's sessions")
				.withExamples(Map.of("limit", "10", "offset", "0")),
			ApiOperation.of("DeleteHtapProcessList", "Kill sessions by id (the example: the management session)")
				.withBody(),
			ApiOperation.of("UpdateStarRockLtsConfig", "Send logs of instances to LTS log groups and streams")
				.withBody(),
			ApiOperation.of("ShowHtapLtsConfig", "List the project's instances with where their logs go")
				.withExamples(Map.of("limit", "10", "offset", "0")),
			ApiOperation.of("DeleteStarRockLtsConfig", "Stop sending logs of instances to LTS").withBody(),
			ApiOperation.of("ShowSlowLogDetail", "Read the slow log, newest first, paged by line_num")
				.withDescription(LOG_RANGE)
				.withBody(),
			ApiOperation.of("ShowHtapErrorLogDetail", "Read the error log, newest first, paged by line_num")
				.withDescription(LOG_RANGE)
				.withBody(),
			ApiOperation
				.of("ShowInstanceDatabasesForHtap",
						"List the databases of the TaurusDB instance the StarRocks instance " + "replicates from")
				.withExamples(Map.of("limit", "10", "offset", "0"))
				.withBody(),
			ApiOperation
				.of("ShowInstanceTablesForHtap",
						"List the tables of the TaurusDB instance the StarRocks instance " + "replicates from")
				.withExamples(Map.of("limit", "10", "offset", "0"))
				.withBody(),
			ApiOperation.of("ListHtapInstanceInfo", "List the HTAP (StarRocks) instances of a TaurusDB instance")
				.withExamples(Map.of("instance_id", TAURUS_INSTANCE)),
			ApiOperation.of("ListStarrocksInstanceInfo", "Show a StarRocks instance of a TaurusDB instance")
				.withExamples(Map.of("instance_id", TAURUS_INSTANCE, "starrocks_instance_id", STARROCKS_INSTANCE)),
			ApiOperation.of("ListHtapDataStore", "List the StarRocks kernel versions on sale")
				.withExamples(Map.of("engine_name", "star-rocks")),
			ApiOperation.of("ListHtapFlavor", "List the FE and BE node flavors, by zone mode, spec code and version")
				.withExamples(Map.of("engine_name", "star-rocks", "availability_zone_mode", "single", "version_name",
						"3.1.6.0")),
			ApiOperation.of("ListHtapStorageType", "List the volume types of a kernel version")
				.withExamples(Map.of("database", "star-rocks", "version_name", "3.1.6.0")),
			ApiOperation.of("CreateStarRocksDatabaseUser", "Create a database user of the StarRocks instance")
				.withBody(),
			ApiOperation.of("ShowStarRocksDatabaseUser", "List the database users (never their passwords)")
				.withExamples(Map.of("user_name", "demo_user", "limit", "10", "offset", "0")),
			ApiOperation.of("UpdateStarRocksDatabaseUserPassword", "Change a database user's password").withBody(),
			ApiOperation.of("UpdateStarRocksDatabaseUserPermission", "Change a database user's databases, dml or ddl")
				.withBody(),
			ApiOperation.of("SyncStarRocksUsers", "Start or stop synchronizing the TaurusDB accounts").withBody(),
			ApiOperation.of("ShowStarrocksParams", "List the FE or BE parameters with their values now")
				.withExamples(Map.of("node_type", "be", "offset", "0", "limit", "100")),
			ApiOperation.of("UpdateStarrocksParams", "Change FE or BE parameters (a job)").withBody(),
			ApiOperation
				.of("CheckStarrocksParams",
						"Compare a configuration with the default template (the example: the demo instance's BE)")
				.withBody(),
			ApiOperation.of("DeleteStarRocksDatabaseUser", "Delete a database user")
				.withExamples(Map.of("user_name", "demo_user")),
			ApiOperation
				.of("DownloadImportExcelTemplate",
						"Not implemented by the emulator: answers 501 EMULATOR.0501 (decision 43)")
				.withExamples(Map.of("template_type", "replication"))
				.answeringExampleWith("EMULATOR.0501"),
			ApiOperation
				.of("UploadImportExcelTemplate",
						"Not implemented by the emulator: answers 501 EMULATOR.0501 (decision 43)")
				.answeringExampleWith("EMULATOR.0501"),
			ApiOperation.of("CreateStarrocksInstance", "Create a StarRocks instance attached to a TaurusDB instance")
				.withExamples(Map.of("instance_id", TAURUS_INSTANCE))
				.withBody(),
			ApiOperation.of("CheckStarRocksResource", "Check whether instances of a shape could be created now")
				.withBody(),
			ApiOperation.of("ListInstanceNode", "List the nodes of a StarRocks instance"),
			ApiOperation.of("RestartStarrocksInstance", "Restart a StarRocks instance"),
			ApiOperation.of("RestartStarrocksNode", "Restart one node of a StarRocks instance")
				.withExamples(Map.of("starrocks_node_id", STARROCKS_BE_NODE)),
			ApiOperation.of("ResizeStarRocksFlavor", "Change the FE and/or BE flavor of a StarRocks instance")
				.withBody(),
			ApiOperation
				.of("UpgradeSrKernelVersion",
						"Upgrade the StarRocks instances of a TaurusDB instance to the newest kernel version")
				.withExamples(Map.of("instance_id", TAURUS_INSTANCE))
				.withBody(),
			ApiOperation.of("ModifyStarRocksSecurityGroup", "Change the security group of a StarRocks instance")
				.withBody(),
			ApiOperation.of("DeleteStarrocksInstance", "Delete a StarRocks instance (it has no synchronization task)")
				.withExamples(
						Map.of("instance_id", TAURUS_INSTANCE, "starrocks_instance_id", UNKNOWN_STARROCKS_INSTANCE))
				.answeringExampleWith("DBS.05000044"),
			ApiOperation.of("DeleteStarRocksDataReplication", "Delete a task").withBody());

	/** A job id no job has: the examples that take one show the refusal. */
	private static final String UNKNOWN_JOB = "00000000-0000-4000-8000-000000000000";

	private static final String JOB_ID = "A job_id, from the reply of a write of the emulated API.";

	private static final String FAULT_ID = "A rule's id, from the reply of addFault or from faults.";

	/**
	 * The control plane: the EmulatorAdmin contract's operations, in an order that runs
	 * on a freshly started emulator and leaves it as fresh as it was.
	 */
	static final List<ApiOperation> CONTROL_PLANE = List.of(
			ApiOperation.of("info",
					"Show the version, uptime, authentication mode, clock, and how many tasks and jobs"),
			ApiOperation.of("clock", "Show the clock: its mode (system or manual) and the emulator's time"),
			ApiOperation.of("topology", "Show every project's instances, in the seed file's shape"),
			ApiOperation.of("addTopology", "Add projects, instances, read replicas, databases and tables")
				.withDescription("Checked with the API's rules before anything changes; what exists cannot change "
						+ "(409 EMULATOR.0409: reset first). Answers the whole topology after the addition.")
				.withBody(),
			ApiOperation.of("journal", "List the requests the emulated API received, newest first")
				.withDescription("Every filter given must match; an unknown parameter is refused, never ignored.")
				.withParameters(ordered("method", "The HTTP method, in any letter case.", "path",
						"A path pattern: * matches within one segment, ** across segments.", "project",
						"The project id in the path (the segment after /v3/).", "operation",
						"The SDK operation, e.g. ModifyDataSync.", "status",
						"The reply's status, exactly (404) or by class (4xx).", "limit",
						"At most this many of the newest matches, from 1."))
				.withExamples(Map.of("limit", "20")),
			ApiOperation.of("clearJournal", "Forget every journaled request; answers how many there were"),
			ApiOperation.of("addFault", "Add a fault rule: an error, a delay or a dropped connection on purpose")
				.withDescription("Which requests (operation, method, path, project_id), what happens (effect error "
						+ "with status, delay with delay_ms, or drop) and how often (times, probability). The "
						+ "example makes the next ListStarRocksDataReplications answer 503 once.")
				.withBody(),
			ApiOperation.of("faults", "List the fault rules in the order they are tried, with their counters"),
			ApiOperation.of("fault", "Show one fault rule")
				.withParameters(Map.of("id", FAULT_ID))
				.withExamples(Map.of("id", "fault-1")),
			ApiOperation.of("removeFault", "Remove one fault rule; answers it as it was")
				.withParameters(Map.of("id", FAULT_ID))
				.withExamples(Map.of("id", "fault-1")),
			ApiOperation.of("clearFaults", "Remove every fault rule; answers how many there were"),
			ApiOperation.of("exportState",
					"Export the topology, every task and every job, for importState to load back"),
			ApiOperation.of("importState",
					"Replace the topology, every task and every job with those of a document (the example: a fresh start)")
				.withDescription("A document refused changes nothing. The example, an empty document, removes every "
						+ "task and job.")
				.withBody(),
			ApiOperation.of("completeRunningJobs", "Complete every running job now, oldest first"),
			ApiOperation.of("completeJob", "Complete a running job now; its task takes the change")
				.withParameters(Map.of("id", JOB_ID))
				.withExamples(Map.of("id", UNKNOWN_JOB))
				.answeringExampleWith("EMULATOR.0404"),
			ApiOperation.of("failJob", "Fail a running job now for a reason; its task never takes the change")
				.withParameters(Map.of("id", JOB_ID))
				.withExamples(Map.of("id", UNKNOWN_JOB))
				.withBody()
				.answeringExampleWith("EMULATOR.0404"),
			ApiOperation.of("advanceClock", "Move a manual clock on")
				.withDescription("Only with emulator.clock.mode=manual; the default system clock answers 409 "
						+ "EMULATOR.0409, as the example does.")
				.withParameters(Map.of("seconds", "How far: 0 to 999999999.999 seconds, e.g. 10 or 2.5."))
				.withExamples(Map.of("seconds", "2"))
				.answeringExampleWith("EMULATOR.0409"),
			ApiOperation.of("reset", "Reset the emulator: seeded topology, no tasks, jobs, journal or fault rules")
				.withDescription("Run it when an example answers 409 because an earlier call (a README example, "
						+ "say) created the task already. With project_id, only that tenant's topology, tasks and "
						+ "jobs.")
				.withParameters(Map.of("project_id", "Reset only this tenant project (32 letters or digits).")));

	private ApiOperations() {
	}

	static Optional<ApiOperation> find(String operationId) {
		return ALL.stream().filter((operation) -> operation.operationId().equals(operationId)).findFirst();
	}

	static Optional<ApiOperation> findControlPlane(String operationId) {
		return CONTROL_PLANE.stream().filter((operation) -> operation.operationId().equals(operationId)).findFirst();
	}

	/** Names and values alternately, kept in this order. */
	private static Map<String, String> ordered(String... namesAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(map);
	}

}
