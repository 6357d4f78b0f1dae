package io.github.taurusdbhtapmock.gateway.pipeline;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.github.taurusdbhtapmock.platform.web.SdkOperations;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A path no published API has is an unknown API, {@code 404 APIGW.0101}, even when a
 * served route's path variable could take its last segment: a word of another operation
 * of the same instance ({@code .../starrocks/nodes} and the like) is not a malformed
 * {@code starrocks_instance_id} of DeleteStarrocksInstance.
 */
class UnservedApisTest extends EmulatorTest {

	private static final String NOT_PUBLISHED = "The API does not exist or has not been published in the environment.";

	private static final String STARROCKS = "/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.SOURCE_INSTANCE
			+ "/starrocks/";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@ParameterizedTest(name = "DELETE .../starrocks/{0}")
	@ValueSource(strings = { "nodes", "configurations", "slowlog-sensitive", "security-group" })
	void aPathWordOfAnotherOperationIsNotAStarRocksInstanceId(String word) {
		// DELETE .../starrocks/{starrocks_instance_id} is DeleteStarrocksInstance; these
		// words belong to other operations there, none of which is a DELETE
		String path = STARROCKS + word;

		this.api.send("DELETE", path, null).assertError(404, "APIGW.0101", NOT_PUBLISHED);

		JsonNode entry = journaled("DELETE", path);
		assertThat(entry.get("status").asInt()).isEqualTo(404);
		assertThat(entry.get("operation").isNull()).isTrue();
	}

	@Test
	void anUnpublishedApiIsNotFoundBeforeCredentialsAreChecked() {
		this.api.withHeader("X-Auth-Token", null)
			.send("DELETE", STARROCKS + "nodes", null)
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
	 * Routing tries a request only against the routes with its literal words and number
	 * of segments ({@link RouteIndex}); it compares the words decoded, as the patterns
	 * do.
	 */
	@Test
	void aPathWordSentEncodedIsStillItsWord() {
		this.api.get("/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE + "/starrocks/d%61tabases")
			.assertOk();
	}

	@ParameterizedTest(name = "GET .../starrocks/{0}")
	@ValueSource(strings = { "databases/extra", "databases/", "databases/replication/extra/more" })
	void aPathWithAnotherWordOrSegmentCountIsAnUnknownApi(String tail) {
		this.api.get("/v3/" + ApiClient.PROJECT + "/instances/" + ApiClient.INSTANCE + "/starrocks/" + tail)
			.assertError(404, "APIGW.0101", NOT_PUBLISHED);
	}

	/**
	 * Every published HTAP API of the official SDKs is routed to its operation: none is
	 * left to answer as an unknown API.
	 */
	@Test
	void everyPublishedApiIsServed() {
		Set<String> published = new TreeSet<>();
		PublishedApis.HTAP.all().forEach((api) -> published.add(api.operation()));

		assertThat(published).hasSize(52);
		assertThat(served()).containsAll(published);
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
