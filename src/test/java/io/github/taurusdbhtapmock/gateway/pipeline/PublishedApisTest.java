package io.github.taurusdbhtapmock.gateway.pipeline;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.taurusdbhtapmock.gateway.pipeline.PublishedApis.PublishedApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published HTAP APIs the gateway reads paths against, checked against the official
 * Java SDK for the operations it has, and the rule that tells a path word from an id.
 */
class PublishedApisTest {

	private static final PublishedApis HTAP = PublishedApis.HTAP;

	@Test
	void everyHtapOperationOfTheSdksIsPublishedOnce() {
		assertThat(HTAP.all()).hasSize(52).extracting(PublishedApi::operation).doesNotHaveDuplicates();
		assertThat(HTAP.all()).extracting((api) -> api.method() + " " + api.path()).doesNotHaveDuplicates();
	}

	@Test
	void eachAgreesWithTheJavaSdkWhereItHasTheOperation() throws IllegalAccessException {
		Map<String, String> sdk = javaSdkRoutes();
		List<PublishedApi> inTheJavaSdk = HTAP.all()
			.stream()
			.filter((api) -> sdk.containsKey(api.operation()))
			.toList();

		// INDEX.md of the reference: 34 of the 52 HTAP operations are in Java SDK 3.1.143
		assertThat(inTheJavaSdk).hasSize(34);
		for (PublishedApi api : inTheJavaSdk) {
			assertThat(api.method() + " " + api.path()).as(api.operation()).isEqualTo(sdk.get(api.operation()));
		}
	}

	@ParameterizedTest(name = "{0} [{1}]")
	@CsvSource({ "/v3/p/instances/i/starrocks/nodes, 5, true", "/v3/p/instances/i/starrocks/users, 5, true",
			"/v3/p/instances/i/starrocks/configurations, 5, true",
			"/v3/p/instances/i/starrocks/slowlog-sensitive, 5, true", "/v3/p/instances/i/starrocks/restart, 5, true",
			"/v3/p/instances/i/starrocks/databases, 5, true",
			"/v3/p/instances/i/starrocks/aaaabbbbccccddddeeeeffff00001111in17, 5, false",
			"/v3/p/instances/i/starrocks/Nodes, 5, false", "/v3/p/instances/i/starrocks/node, 5, false",
			"/v3/p/instances/i/starrocks/users, 3, false", "/v3/p/instances/nodes/starrocks/x, 3, false",
			"/v3/jobs/instances/i/htap, 1, false",
			"/v3/p/instances/i/starrocks/databases/replication/configuration/pause, 8, false",
			"/v3/p/htap/flavors/starrocks, 4, false", "/_emulator/faults/nodes, 2, false" })
	void aSegmentIsAPathWordWhereAPublishedApiHasItAsALiteral(String path, int index, boolean word) {
		assertThat(HTAP.isPathWord(PublishedApis.segments(path), index)).isEqualTo(word);
	}

	/**
	 * Operation name to "METHOD path", from the official Java SDK's request definitions.
	 */
	private static Map<String, String> javaSdkRoutes() throws IllegalAccessException {
		Map<String, String> routes = new LinkedHashMap<>();
		for (Field field : GaussDBMeta.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && HttpRequestDef.class.isAssignableFrom(field.getType())) {
				HttpRequestDef<?, ?> definition = (HttpRequestDef<?, ?>) field.get(null);
				routes.put(definition.getName(), definition.getMethod().name() + " " + definition.getUri());
			}
		}
		return routes;
	}

}
