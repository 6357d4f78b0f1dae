package io.github.taurusdbhtapmock.gateway.pipeline;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.github.taurusdbhtapmock.gateway.pipeline.PublishedApis.PublishedApi;
import io.github.taurusdbhtapmock.platform.web.SdkOperations;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A path the emulator does not serve is an unknown API, {@code 404 APIGW.0101}, even when
 * a served route's path variable could take its last segment: the SDK operations of the
 * same instance (ListInstanceNode's {@code .../starrocks/nodes} and the like) are not
 * ListStarrocksInstanceInfo with a malformed {@code starrocks_instance_id}.
 */
class UnservedApisTest extends EmulatorTest {

	private static final String NOT_PUBLISHED = "The API does not exist or has not been published in the environment.";

	private static final String STARROCKS = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.SOURCE_INSTANCE
			+ "/starrocks/";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@ParameterizedTest(name = "GET .../starrocks/{0}")
	@ValueSource(strings = { "configurations", "users", "slowlog-sensitive" })
	void aPathWordOfAnUnservedOperationIsNotAStarRocksInstanceId(String word) {
		String path = STARROCKS + word;

		this.api.get(path).assertError(404, "APIGW.0101", NOT_PUBLISHED);

		JsonNode entry = journaled("GET", path);
		assertThat(entry.get("status").asInt()).isEqualTo(404);
		assertThat(entry.get("operation").isNull()).isTrue();
	}

	@Test
	void anUnservedOperationIsNotFoundBeforeCredentialsAreChecked() {
		this.api.withHeader("X-Auth-Token", null)
			.get(STARROCKS + "users")
			.assertError(404, "APIGW.0101", NOT_PUBLISHED);
	}

	@ParameterizedTest(name = "GET .../starrocks/{0}")
	@ValueSource(strings = { "node", "Nodes", "not_an_instance" })
	void aSegmentNoPublishedApiHasThereIsStillAMalformedInstanceId(String segment) {
		this.api.get(STARROCKS + segment)
			.assertError(400, "DBS.280001", "Parameter error. starrocks_instance_id: must be a StarRocks instance ID");
	}

	@Test
	void aServedOperationIsStillServed() {
		this.api.get(STARROCKS + ApiClient.INSTANCE).assertOk();
		this.api.get("/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE + "/starrocks/databases")
			.assertOk();
	}

	/**
	 * Every published HTAP API the emulator does not serve, called as the SDK calls it
	 * (the demo instance in its instance variables), is an unknown API that reaches no
	 * operation.
	 */
	@TestFactory
	Stream<DynamicTest> everyPublishedApiTheEmulatorDoesNotServeIsNotFound() {
		Set<String> served = served();
		assertThat(served).contains("ListStarrocksInstanceInfo", "CreateStarRocksDataReplication");
		return PublishedApis.HTAP.all()
			.stream()
			.filter((api) -> !served.contains(api.operation()))
			.map((api) -> DynamicTest.dynamicTest(api.operation(), () -> assertNotFound(api)));
	}

	private void assertNotFound(PublishedApi api) {
		String path = api.path()
			.replace("{project_id}", ApiClient.PROJECT)
			.replace("{instance_id}", ApiClient.INSTANCE)
			.replace("{starrocks_instance_id}", ApiClient.INSTANCE)
			.replaceAll("\\{[a-z_]+}", "demo");
		ApiResponse reply = this.api.send(api.method(), path, "GET".equals(api.method()) ? null : "{}");

		reply.assertError(404, "APIGW.0101", NOT_PUBLISHED);
		JsonNode entry = journaled(api.method(), path);
		assertThat(entry.get("operation").isNull()).as("operation journaled for %s", api.operation()).isTrue();
	}

	private Set<String> served() {
		Set<String> served = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().values().forEach((handler) -> {
			String operation = SdkOperations.of(handler);
			if (operation != null) {
				served.add(operation);
			}
		});
		return served;
	}

	/** The newest journal entry of this method and path. */
	private JsonNode journaled(String method, String path) {
		JsonNode requests = this.api.get("/_emulator/requests?limit=1&method=" + method + "&path=" + path)
			.assertOk()
			.json()
			.get("requests");
		assertThat(requests).as("journal entries of %s %s", method, path).hasSize(1);
		return requests.get(0);
	}

}
