package io.github.taurusdbhtapmock.platform.apidoc;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBMeta;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;
import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import io.github.taurusdbhtapmock.support.ManualClockEmulatorTest;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at /_emulator/openapi.json: it describes every emulated route
 * under the official SDK's operation name, and its examples, sent as Swagger UI's "Try it
 * out" sends them, answer as declared against the demo topology; and it describes every
 * control-plane route, under its own tag (ControlPlaneOpenApiTest runs those examples).
 * Runs on its own emulator (the examples use fixed task names) on a manual clock, moved
 * by a person's pace between two examples, and closes it afterwards.
 */
@TestPropertySource(properties = "emulator.test.context=openapi")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenApiDocumentTest extends ManualClockEmulatorTest {

	/** Between two clicks on "Execute": longer than a job runs (2 s by default). */
	private static final Duration PACE = Duration.ofSeconds(3);

	private static final String DOCUMENT = TryItOut.DOCUMENT;

	private static final String CONTROL_PLANE = "/_emulator/";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	private JsonNode document() {
		return TryItOut.document(port());
	}

	/** "METHOD path" of every handler method under /v3. */
	private Set<String> emulatedRoutes() {
		return routes("/v3/");
	}

	/**
	 * "METHOD path" of every control-plane handler method: under /_emulator. The
	 * documentation's own paths are no handler methods (platform/apidoc serves them as
	 * static files), and the document does not describe them.
	 */
	private Set<String> controlPlaneRoutes() {
		return routes(CONTROL_PLANE);
	}

	private Set<String> routes(String prefix) {
		Set<String> routes = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			assertThat(handler.getBeanType().getPackageName())
				.as("springdoc serves nothing in the tests but ApiDocumentUpToDateTest: %s", info)
				.doesNotStartWith("org.springdoc");
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith(prefix)) {
					assertThat(info.getMethodsCondition().getMethods()).as("HTTP method of %s", pattern).isNotEmpty();
					for (RequestMethod method : info.getMethodsCondition().getMethods()) {
						routes.add(method.name() + " " + pattern);
					}
				}
			}
		});
		return routes;
	}

	private static Set<String> documentedRoutes(JsonNode document) {
		Set<String> routes = new TreeSet<>();
		document.get("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.propertyNames()
				.forEach((method) -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
		return routes;
	}

	/** "METHOD path" to operation name, from the official SDK's request definitions. */
	private static Map<String, String> sdkOperations() throws IllegalAccessException {
		Map<String, String> operations = new LinkedHashMap<>();
		for (Field field : GaussDBMeta.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && HttpRequestDef.class.isAssignableFrom(field.getType())) {
				HttpRequestDef<?, ?> definition = (HttpRequestDef<?, ?>) field.get(null);
				operations.put(anyVariableNames(definition.getMethod().name() + " " + definition.getUri()),
						definition.getName());
			}
		}
		NEWER_SDK_OPERATIONS.forEach((route, name) -> operations.putIfAbsent(anyVariableNames(route), name));
		return operations;
	}

	/**
	 * "METHOD path" to operation name of the operations the Java SDK 3.1.143 does not
	 * have yet, as the newer official SDKs declare them (reference/sdk-htap-operations).
	 */
	private static final Map<String, String> NEWER_SDK_OPERATIONS = Map.ofEntries(
			Map.entry("GET /v3/{project_id}/instances/{instance_id}/query-queue/rules", "ShowHtapQueryQueuesRule"),
			Map.entry("PUT /v3/{project_id}/instances/{instance_id}/query-queue/rules", "SetHtapQueryQueuesRule"),
			Map.entry("POST /v3/{project_id}/instances/{instance_id}/htap/query-queue/switch",
					"UpdateHtapQueryQueuesControl"),
			Map.entry("GET /v3/{project_id}/instances/{instance_id}/starrocks/slowlog-sensitive",
					"ShowStarRocksSlowlogSensitiveStatus"),
			Map.entry("PUT /v3/{project_id}/instances/{instance_id}/starrocks/slowlog-sensitive",
					"UpdateSlowlogSensitiveStatus"),
			Map.entry("GET /v3/{project_id}/instances/{instance_id}/htap/process", "ShowHtapProcessList"),
			Map.entry("DELETE /v3/{project_id}/instances/{instance_id}/htap/process", "DeleteHtapProcessList"),
			Map.entry("GET /v3/{project_id}/starrocks/instances/logs/lts-configs", "ShowHtapLtsConfig"),
			Map.entry("POST /v3/{project_id}/starrocks/instances/logs/lts-configs", "UpdateStarRockLtsConfig"),
			Map.entry("DELETE /v3/{project_id}/starrocks/instances/logs/lts-configs", "DeleteStarRockLtsConfig"),
			Map.entry("POST /v3/{project_id}/instances/{instance_id}/starrocks/slow-logs", "ShowSlowLogDetail"),
			Map.entry("POST /v3/{project_id}/instances/{instance_id}/starrocks/error-logs", "ShowHtapErrorLogDetail"),
			Map.entry("POST /v3/{project_id}/instances/{instance_id}/htap/databases", "ShowInstanceDatabasesForHtap"),
			Map.entry("POST /v3/{project_id}/instances/{instance_id}/htap/tables", "ShowInstanceTablesForHtap"),
			Map.entry("GET /v3/{project_id}/instances/{instance_id}/starrocks/nodes", "ListInstanceNode"),
			Map.entry("PUT /v3/{project_id}/instances/{instance_id}/starrocks/security-group",
					"ModifyStarRocksSecurityGroup"),
			Map.entry("GET /v3/{project_id}/instances/{instance_id}/htap/template", "DownloadImportExcelTemplate"),
			Map.entry("POST /v3/{project_id}/instances/{instance_id}/htap/template", "UploadImportExcelTemplate"));

	/**
	 * A route with its path variables unnamed: the SDK and the emulator may name them
	 * differently.
	 */
	private static String anyVariableNames(String route) {
		return route.replaceAll("\\{[^}]+}", "{}");
	}

	/** The emulated API and the control plane, nothing more and nothing less. */
	@Test
	void describesEveryEmulatedAndControlPlaneRoute() {
		Set<String> routes = emulatedRoutes();
		assertThat(routes).isNotEmpty();
		Set<String> controlPlane = controlPlaneRoutes();
		assertThat(controlPlane).isNotEmpty();
		Set<String> all = new TreeSet<>(routes);
		all.addAll(controlPlane);
		assertThat(documentedRoutes(document())).containsExactlyInAnyOrderElementsOf(all);
	}

	@Test
	void namesEachOperationAsTheSdkDoes() throws IllegalAccessException {
		Map<String, String> sdk = sdkOperations();
		Map<String, String> annotated = annotatedOperations();
		JsonNode paths = document().get("paths");
		for (String route : emulatedOnly(documentedRoutes(document()))) {
			String[] methodAndPath = route.split(" ", 2);
			JsonNode operation = paths.get(methodAndPath[1]).get(methodAndPath[0].toLowerCase(Locale.ROOT));
			String operationId = operation.get("operationId").asString();
			assertThat(annotated.get(route)).as("@SdkOperation of the handler of %s", route).isEqualTo(operationId);
			assertThat(sdk).as("the official SDK has an operation for %s", route).containsKey(anyVariableNames(route));
			assertThat(operationId).as("operationId of %s", route).isEqualTo(sdk.get(anyVariableNames(route)));
			assertThat(ApiOperations.find(operationId))
				.as("%s (%s) has an entry in apidoc/ApiOperations", operationId, route)
				.isPresent();
			assertThat(operation.path("summary").asString()).as("summary of %s", route).isNotBlank();
		}
		assertThat(ApiOperations.ALL).extracting(ApiOperation::operationId)
			.as("every ApiOperations entry is a documented operation")
			.doesNotHaveDuplicates()
			.allMatch(annotated::containsValue);
	}

	private static Set<String> emulatedOnly(Set<String> routes) {
		Set<String> emulated = new TreeSet<>(routes);
		emulated.removeIf((route) -> route.split(" ", 2)[1].startsWith(CONTROL_PLANE));
		return emulated;
	}

	/**
	 * Each control-plane operation: under its own tag, named after its method of the
	 * EmulatorAdmin contract (not one of the contract's default shortcuts), with a
	 * summary, the control plane's header (not the API's credentials), an example for
	 * each path variable and the control plane's errors; and every entry of
	 * ApiOperations.CONTROL_PLANE describes one of them.
	 */
	@Test
	void documentsEveryControlPlaneOperationUnderItsOwnTag() {
		// the contract's operations; its default methods are shortcuts over them
		Set<String> contract = new TreeSet<>();
		for (Method method : EmulatorAdmin.class.getMethods()) {
			if (!method.isDefault()) {
				contract.add(method.getName());
			}
		}
		Set<String> documented = new TreeSet<>();
		document().get("paths").properties().forEach((path) -> {
			if (!path.getKey().startsWith(CONTROL_PLANE)) {
				return;
			}
			path.getValue().properties().forEach((entry) -> {
				String route = entry.getKey() + " " + path.getKey();
				JsonNode operation = entry.getValue();
				String operationId = operation.path("operationId").asString();
				documented.add(operationId);
				assertThat(contract).as("operationId of %s is an EmulatorAdmin method", route).contains(operationId);
				assertThat(ApiOperations.findControlPlane(operationId))
					.as("%s (%s) has an entry in ApiOperations.CONTROL_PLANE", operationId, route)
					.isPresent();
				assertThat(operation.path("summary").asString()).as("summary of %s", route).isNotBlank();
				assertThat(operation.get("tags").toString()).as("tags of %s", route)
					.isEqualTo("[\"" + EmulatorOpenApiCustomizer.CONTROL_PLANE_TAG + "\"]");
				List<String> parameters = new ArrayList<>();
				operation.get("parameters").forEach((parameter) -> {
					parameters.add(parameter.get("in").asString() + ":" + parameter.get("name").asString());
					if ("path".equals(parameter.get("in").asString())) {
						assertThat(parameter.has("example")).as("example of %s in %s", parameter.get("name"), route)
							.isTrue();
					}
				});
				assertThat(parameters).as(route)
					.contains("header:X-Emulator-Token", "header:X-Language")
					.doesNotContain("header:X-Auth-Token");
				assertThat(operation.at("/responses").propertyNames()).as(route)
					.contains("400", "401", "default")
					.anyMatch((status) -> status.startsWith("2"));
				assertThat(operation.at("/responses/400/content/application~1json;charset=UTF-8/example/error_code")
					.asString()).as(route).isEqualTo("EMULATOR.0400");
			});
		});
		assertThat(ApiOperations.CONTROL_PLANE).extracting(ApiOperation::operationId)
			.as("every ApiOperations.CONTROL_PLANE entry is a documented operation")
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(documented);
		assertThat(documented).as("the control plane documents every EmulatorAdmin method")
			.containsExactlyInAnyOrderElementsOf(contract);
		JsonNode journal = TryItOut.find(document(), "journal").operation();
		List<String> filters = new ArrayList<>();
		journal.get("parameters").forEach((parameter) -> {
			if ("query".equals(parameter.get("in").asString())) {
				filters.add(parameter.get("name").asString());
			}
		});
		assertThat(filters).containsExactly("method", "path", "project", "operation", "status", "limit");
	}

	/** "METHOD path" to the @SdkOperation of its handler. */
	private Map<String, String> annotatedOperations() {
		Map<String, String> operations = new LinkedHashMap<>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			SdkOperation operation = handler.getMethodAnnotation(SdkOperation.class);
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if (operation != null) {
						operations.put(method.name() + " " + pattern, operation.value());
					}
				}
			}
		});
		return operations;
	}

	@Test
	void documentsThePathAndHeaderParametersClientsSend() {
		JsonNode document = document();
		assertThat(document.at("/components/schemas").propertyNames())
			.doesNotContain("InstancePath", "TaurusInstancePath", "TaurusStarRocksPath")
			.contains("ErrorBody", "CreateReplicationRequest");
		document.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			if (path.getKey().startsWith(CONTROL_PLANE)) {
				// the control plane has headers and errors of its own: see the test above
				return;
			}
			List<String> parameters = new ArrayList<>();
			operation.getValue()
				.get("parameters")
				.forEach((parameter) -> parameters
					.add(parameter.get("in").asString() + ":" + parameter.get("name").asString()));
			List<String> expected = new ArrayList<>(List.of("header:X-Auth-Token", "header:X-Language"));
			java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
			while (variable.find()) {
				expected.add("path:" + variable.group(1));
			}
			assertThat(parameters).as("%s %s", operation.getKey(), path.getKey())
				.containsAll(expected)
				.noneMatch((parameter) -> parameter.startsWith("query:") && parameter.endsWith("path"));
			operation.getValue().get("parameters").forEach((parameter) -> {
				if ("path".equals(parameter.get("in").asString())) {
					assertThat(parameter.has("example")).as("example of %s in %s", parameter.get("name"), path.getKey())
						.isTrue();
				}
			});
			assertThat(operation.getValue().at("/responses").propertyNames()).contains("200", "400", "401");
		}));
		assertThat(document.at("/components/schemas/ReplicationConfigResponse/properties/is_tables_change/type")
			.asString()).isEqualTo("boolean");
		assertThat(document.at("/components/schemas/CreateReplicationRequest/required").toString())
			.contains("task_name", "source_instance_id");
	}

	/**
	 * What "Try it out" sends: every parameter's example and the body example, in
	 * ApiOperations' order.
	 */
	@Test
	void everyExampleSucceedsAgainstTheDemoTopology() {
		JsonNode document = document();
		for (ApiOperation described : ApiOperations.ALL) {
			TryItOut.Documented operation = TryItOut.find(document, described.operationId());
			assertThat(operation.bodyExample().isMissingNode()).as("%s has a body example", described.operationId())
				.isEqualTo(!described.hasBodyExample());
			advance(PACE);
			ApiResponse reply = TryItOut.send(this.api.withHeader("X-Auth-Token", null), operation);
			if (described.exampleErrorCode() == null) {
				assertThat(reply.status()).as("%s example: %s", described.operationId(), reply.body()).isEqualTo(200);
				reply.assertOk();
			}
			else {
				// a refusal of the request, or the documented refusal of an operation the
				// emulator does not implement
				if (described.exampleErrorCode().equals("EMULATOR.0501")) {
					assertThat(reply.status()).as("%s example: %s", described.operationId(), reply.body())
						.isEqualTo(501);
				}
				else {
					assertThat(reply.status()).as("%s example: %s", described.operationId(), reply.body())
						.isBetween(400, 499);
				}
				assertThat(reply.json().get("error_code").asString()).isEqualTo(described.exampleErrorCode());
			}
		}
	}

	@Test
	void swaggerUiLoadsOutsideTheApiNamespace() {
		ApiClient anonymous = this.api.withHeader("X-Auth-Token", null);
		ApiResponse redirect = anonymous.get("/_emulator/swagger-ui");
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).endsWith("/_emulator/swagger-ui/index.html");
		ApiResponse page = anonymous.get("/_emulator/swagger-ui/index.html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(anonymous.get("/_emulator/swagger-ui/swagger-ui.css").header("Content-Type")).startsWith("text/css");
		// the page's settings: our initializer, not the webjar's (which shows a demo API)
		assertThat(page.body()).contains("./swagger-initializer.js");
		ApiResponse initializer = anonymous.get("/_emulator/swagger-ui/swagger-initializer.js");
		assertThat(initializer.status()).isEqualTo(200);
		assertThat(initializer.header("Content-Type")).contains("javascript");
		assertThat(initializer.body()).contains("url: \"" + DOCUMENT + "\"")
			.contains("tryItOutEnabled: true")
			.contains("displayOperationId: true")
			.doesNotContain("petstore");
		ApiResponse script = anonymous.get("/_emulator/swagger-ui/swagger-ui-bundle.js");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.header("Content-Type")).contains("javascript");
		ApiResponse document = anonymous.get(DOCUMENT);
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		assertThat(document.json().get("openapi").asString()).startsWith("3.1");
		assertThat(document.json().has("servers")).as("the document is its own origin's").isFalse();
		ApiResponse head = anonymous.send("HEAD", DOCUMENT, null);
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		assertThat(anonymous.send("HEAD", "/_emulator/swagger-ui", null).status()).isEqualTo(302);
		// springdoc's default location would sit inside the emulated API: it is an
		// unknown API there
		anonymous.get("/v3/api-docs").assertError(404, "APIGW.0101", "The API does not exist");
	}

}
