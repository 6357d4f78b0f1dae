package io.github.taurusdbhtapmock.gateway.auth;

import java.util.Map;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.Names;
import io.github.taurusdbhtapmock.support.SdkClient;

import static io.github.taurusdbhtapmock.support.SdkClient.assertGatewayError;
import static io.github.taurusdbhtapmock.support.SdkClient.clientError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenants in strict mode: a key or token bound to one project is refused on another, and
 * no operation of one project reads or changes the tasks or jobs of another, even where
 * both own instances with the same ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.additional-location=classpath:tenant-isolation.yml")
class TenantIsolationTest {

	private static final String PROJECT_A = ApiClient.PROJECT;

	private static final String PROJECT_B = "fedcba9876543210fedcba9876543210";

	private static final String FORBIDDEN = "The IAM user is not authorized to access the API.";

	@LocalServerPort
	private int port;

	private SignedApi tenantA;

	private SignedApi tenantB;

	@BeforeEach
	void connect() {
		this.tenantA = new SignedApi(this.port, "TENANTAK000000000AAA", "tenant-a-secret-0123456789abcdefghijklm");
		this.tenantB = new SignedApi(this.port, "TENANTAK000000000BBB", "tenant-b-secret-0123456789abcdefghijklm");
	}

	@Test
	void aKeyBoundToOneProjectIsForbiddenOnAnotherForEveryOperation() {
		String task = Names.unique("task");

		assertForbidden(this.tenantA.post(path(PROJECT_B), create(task, Names.unique("tgt"))));
		assertForbidden(this.tenantA.put(path(PROJECT_B), modify(task, "order by id")));
		assertForbidden(
				this.tenantA.post(path(PROJECT_B) + "/table-config-check", register(task, Names.unique("tgt"))));
		assertForbidden(this.tenantA.get(path(PROJECT_B) + "/configuration", Map.of("task_name", task)));
		assertForbidden(this.tenantA.get(jobsPath(PROJECT_B), Map.of("id", "00000000-0000-0000-0000-000000000000")));

		// and nothing of it reached project B
		this.tenantB.get(path(PROJECT_B) + "/configuration", Map.of("task_name", task))
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void theOfficialSdkSeesTheRefusalAsAClientError() {
		SdkClient keyOfAOnB = SdkClient.connect(this.port, "TENANTAK000000000AAA",
				"tenant-a-secret-0123456789abcdefghijklm", PROJECT_B);

		ClientRequestException error = clientError(() -> keyOfAOnB.configuration("any_task"));

		assertGatewayError(error, 403, "APIGW.0302",
				FORBIDDEN + " The credentials of this request are not bound to " + "project " + PROJECT_B + ".");
	}

	@Test
	void aTokenBoundToOneProjectIsForbiddenOnAnother() {
		ApiClient tokenOfA = ApiClient.forPort(this.port).withHeader("X-Auth-Token", "token-of-tenant-a");

		tokenOfA.get(path(PROJECT_A) + "/configuration?task_name=abc")
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		assertForbidden(tokenOfA.get(path(PROJECT_B) + "/configuration?task_name=abc"));
	}

	@Test
	void theProjectHeaderMustNameThePathsProjectBeforeBindingsAreLookedAt() {
		this.tenantA.send(this.tenantA.sign("GET", path(PROJECT_A) + "/configuration", Map.of("task_name", "abc"), null,
				Map.of("X-Project-Id", PROJECT_B)))
			.assertError(400, "APIGW.0201", "API request error.");
	}

	@Test
	void noOperationOfOneProjectReadsAnotherProjectsTasks() {
		String task = Names.unique("task");
		this.tenantA.post(path(PROJECT_A), create(task, Names.unique("tgt"))).assertOk();

		this.tenantB.get(path(PROJECT_B) + "/configuration", Map.of("task_name", task))
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		this.tenantB.put(path(PROJECT_B), modify(task, "order by id"))
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		this.tenantB.post(path(PROJECT_B) + "/table-config-check", check(task))
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
	}

	@Test
	void noOperationOfOneProjectChangesAnotherProjectsTasksOrJobs() {
		String task = Names.unique("task");
		String target = Names.unique("tgt");
		String createdInA = this.tenantA.post(path(PROJECT_A), create(task, target)).assertOk().text("job_id");
		String modifiedInA = this.tenantA.put(path(PROJECT_A), modify(task, "order by id")).assertOk().text("job_id");
		String configurationOfA = configuration(this.tenantA, PROJECT_A, task).body();

		// the same task name and destination database are free in B: nothing of A's is in
		// the way
		String createdInB = this.tenantB.post(path(PROJECT_B), create(task, target)).assertOk().text("job_id");
		String modifiedInB = this.tenantB.put(path(PROJECT_B), modify(task, "order by owner"))
			.assertOk()
			.text("job_id");
		String registeredInB = Names.unique("task");
		this.tenantB.post(path(PROJECT_B) + "/table-config-check", register(registeredInB, Names.unique("tgt")))
			.assertOk();
		this.tenantB.post(path(PROJECT_B) + "/table-config-check", check(task)).assertOk();

		assertThat(configuration(this.tenantA, PROJECT_A, task).body()).isEqualTo(configurationOfA);
		assertThat(configuration(this.tenantB, PROJECT_B, task).json().at("/table_infos/0/table_config").asString())
			.isEqualTo("order by owner");
		this.tenantA.get(path(PROJECT_A) + "/configuration", Map.of("task_name", registeredInB))
			.assertError(400, "DBS.270022", "The synchronization task does not exist.");
		assertJobsAreOnlyVisibleTo(this.tenantA, PROJECT_A, this.tenantB, PROJECT_B, createdInA, modifiedInA);
		assertJobsAreOnlyVisibleTo(this.tenantB, PROJECT_B, this.tenantA, PROJECT_A, createdInB, modifiedInB);
	}

	/** The job query (ShowGaussMySqlJobInfo) finds a job in its own project only. */
	private static void assertJobsAreOnlyVisibleTo(SignedApi owner, String ownProject, SignedApi other,
			String otherProject, String... jobIds) {
		for (String job : jobIds) {
			assertThat(owner.get(jobsPath(ownProject), Map.of("id", job)).assertOk().body()).contains(job);
			other.get(jobsPath(otherProject), Map.of("id", job))
				.assertError(400, "DBS.200543", "The job does not exist.");
		}
	}

	private ApiResponse configuration(SignedApi tenant, String project, String task) {
		return tenant.get(path(project) + "/configuration", Map.of("task_name", task)).assertOk();
	}

	private static void assertForbidden(ApiResponse reply) {
		reply.assertError(403, "APIGW.0302", FORBIDDEN);
	}

	private static String jobsPath(String project) {
		return "/v3/" + project + "/jobs";
	}

	private static String path(String project) {
		return ApiClient.REPLICATION_PATH.replace(ApiClient.PROJECT, project);
	}

	private static String create(String task, String target) {
		return """
				{"source_instance_id":"%s","source_database":"shop","target_database":"%s","task_name":"%s"}"""
			.formatted(ApiClient.SOURCE_INSTANCE, target, task);
	}

	private static String modify(String task, String cartsConfig) {
		return """
				{"task_name":"%s","tables_configs":[{"table_name":"carts","table_config":"%s"}]}""".formatted(task,
				cartsConfig);
	}

	/** A check of the task's own configuration, naming it only by task_name. */
	private static String check(String task) {
		return """
				{"task_name":"%s","tables_configs":[{"table_name":"items","table_config":"order by id"}]}"""
			.formatted(task);
	}

	private static String register(String task, String target) {
		return """
				{"task_name":"%s","is_create_task":"true","source_instance_id":"%s","source_database_name":"shop",\
				"target_database_name":"%s","tables_configs":[{"table_name":"carts","table_config":"order by id"}]}"""
			.formatted(task, ApiClient.SOURCE_INSTANCE, target);
	}

}
