package io.github.taurusdbhtapmock.platform.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.method.HandlerMethod;

import tools.jackson.databind.json.JsonMapper;

import io.github.taurusdbhtapmock.platform.web.ApiMediaType;
import io.github.taurusdbhtapmock.platform.web.SdkOperation;

/**
 * Turns what springdoc reads from the handlers into the API as clients see it: the SDK
 * operation names as operation ids ({@code @SdkOperation}), the path parameters (handlers
 * take them as one resolved record such as InstancePath, which springdoc would show as a
 * query object), the X-Auth-Token and X-Language headers, the summaries and examples of
 * {@link ApiOperations}, and the error replies. The control plane under
 * {@code /_emulator} gets its own tag, its X-Emulator-Token header and its own error
 * codes. The document names no server: springdoc would write the origin of the request
 * that generated it (http://localhost and a test's port), where a document without
 * {@code servers} means its own origin, so that "Try it out" calls the emulator that
 * served it, on any host and port.
 */
class EmulatorOpenApiCustomizer implements OpenApiCustomizer, OperationCustomizer {

	static final String TAG = "TaurusDB HTAP (StarRocks)";

	static final String CONTROL_PLANE_TAG = "Emulator control plane";

	/** The control plane's paths; the emulator's own API, not the emulated one. */
	static final String CONTROL_PLANE_PREFIX = "/_emulator/";

	private static final String CONTROL_PLANE_TOKEN_HEADER = "X-Emulator-Token";

	private static final String ERROR_SCHEMA = "ErrorBody";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

	/** The operation id is the SDK's operation name. */
	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		SdkOperation sdkOperation = handlerMethod.getMethodAnnotation(SdkOperation.class);
		if (sdkOperation != null) {
			operation.setOperationId(sdkOperation.value());
		}
		return operation;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.setServers(null);
		Map<String, Schema> schemas = (openApi.getComponents().getSchemas() != null)
				? openApi.getComponents().getSchemas() : new LinkedHashMap<>();
		Set<String> resolvedPathSchemas = new HashSet<>();
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				if (path.startsWith(CONTROL_PLANE_PREFIX)) {
					customiseControlPlane(operation);
				}
				else {
					customise(path, operation, schemas, resolvedPathSchemas);
				}
			}));
		}
		resolvedPathSchemas.forEach(schemas::remove);
		openApi.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
	}

	private void customise(String path, Operation operation, Map<String, Schema> schemas,
			Set<String> resolvedPathSchemas) {
		List<String> variables = templateVariables(path);
		Map<String, Schema<?>> pathSchemas = new LinkedHashMap<>();
		List<Parameter> others = new ArrayList<>();
		for (Parameter parameter : (operation.getParameters() != null) ? operation.getParameters()
				: List.<Parameter>of()) {
			String resolved = resolvedPathSchema(parameter, variables, schemas);
			if (resolved != null) {
				// a record the handler gets from the URI template variables: its
				// properties are path parameters
				resolvedPathSchemas.add(resolved);
				schemas.get(resolved)
					.getProperties()
					.forEach((name, schema) -> pathSchemas.put((String) name, (Schema<?>) schema));
			}
			else if ("path".equals(parameter.getIn())) {
				pathSchemas.put(parameter.getName(), parameter.getSchema());
			}
			else {
				others.add(parameter);
			}
		}
		ApiOperation described = ApiOperations.find(operation.getOperationId()).orElse(null);
		List<Parameter> parameters = new ArrayList<>();
		for (String variable : variables) {
			Schema<?> schema = pathSchemas.get(variable);
			parameters.add(new PathParameter().name(variable)
				.required(true)
				.schema((schema != null) ? schema : new StringSchema())
				.example((described != null) ? described.example(variable) : ApiOperations.DEMO_PATH.get(variable)));
		}
		parameters.addAll(others);
		parameters.add(new HeaderParameter().name("X-Auth-Token")
			.description("In the default lenient mode any non-empty token. Instead of it, an AK/SK-signed "
					+ "Authorization header (SDK-HMAC-SHA256) with X-Sdk-Date, as the SDKs send; in strict mode tokens "
					+ "and signatures are verified (docs/authentication.md).")
			.schema(new StringSchema())
			.example("demo"));
		parameters.add(languageHeader());
		operation.setParameters(parameters);
		operation.tags(List.of(TAG));
		if (described != null) {
			describe(operation, described);
		}
		operation.setResponses(withErrors(operation.getResponses()));
	}

	/**
	 * A control-plane operation: its parameters as springdoc read them, plus those the
	 * table describes that the handler reads by itself (the journal's filters), and the
	 * control plane's header and errors.
	 */
	private static void customiseControlPlane(Operation operation) {
		ApiOperation described = ApiOperations.findControlPlane(operation.getOperationId()).orElse(null);
		List<Parameter> parameters = new ArrayList<>(
				(operation.getParameters() != null) ? operation.getParameters() : List.of());
		if (described != null) {
			described.parameters().forEach((name, description) -> {
				Parameter parameter = parameters.stream()
					.filter((candidate) -> name.equals(candidate.getName()))
					.findFirst()
					.orElseGet(() -> {
						Parameter query = new QueryParameter().name(name).schema(new StringSchema());
						parameters.add(query);
						return query;
					});
				parameter.description(description);
			});
		}
		parameters.add(new HeaderParameter().name(CONTROL_PLANE_TOKEN_HEADER)
			.description("Needed only when the emulator runs with emulator.control-plane.token "
					+ "(EMULATOR_CONTROLPLANE_TOKEN) set: that token.")
			.schema(new StringSchema()));
		parameters.add(languageHeader());
		operation.setParameters(parameters);
		operation.tags(List.of(CONTROL_PLANE_TAG));
		if (described != null) {
			describe(operation, described);
		}
		operation.setResponses(withControlPlaneErrors(operation.getResponses()));
	}

	private static Parameter languageHeader() {
		return new HeaderParameter().name("X-Language")
			.description("Language of error_msg.")
			.schema(new StringSchema()._enum(List.of("en-us", "zh-cn"))._default("en-us"));
	}

	private static void describe(Operation operation, ApiOperation described) {
		operation.summary(described.summary());
		if (described.description() != null) {
			operation.description(described.description());
		}
		operation.getParameters()
			.stream()
			.filter((parameter) -> "query".equals(parameter.getIn()) || "path".equals(parameter.getIn()))
			.forEach((parameter) -> {
				String example = described.examples().get(parameter.getName());
				if (example != null) {
					parameter.example(example);
				}
			});
		if (described.hasBodyExample() && operation.getRequestBody() != null
				&& operation.getRequestBody().getContent() != null) {
			Object example = json(read(described.bodyExampleResource()));
			operation.getRequestBody().getContent().values().forEach((media) -> media.example(example));
		}
	}

	private static List<String> templateVariables(String path) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = TEMPLATE_VARIABLE.matcher(path);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		return variables;
	}

	/**
	 * The name of the component schema of a parameter that stands for URI template
	 * variables (InstancePath and the like: a $ref whose properties are all variables of
	 * the path), or null.
	 */
	private static String resolvedPathSchema(Parameter parameter, List<String> variables, Map<String, Schema> schemas) {
		Schema<?> schema = parameter.getSchema();
		if ("path".equals(parameter.getIn()) || schema == null || schema.get$ref() == null) {
			return null;
		}
		String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
		Schema<?> referenced = schemas.get(name);
		if (referenced == null || referenced.getProperties() == null || referenced.getProperties().isEmpty()) {
			return null;
		}
		return variables.containsAll(referenced.getProperties().keySet()) ? name : null;
	}

	private static ApiResponses withErrors(ApiResponses responses) {
		ApiResponses all = (responses != null) ? responses : new ApiResponses();
		all.addApiResponse("400", error("A field, path segment or query parameter breaks a rule, or the instance, "
				+ "database or task does not exist (DBS.280001, DBS.200006, DBS.200022, DBS.200823, DBS.270022).",
				"{\"error_code\":\"DBS.270022\",\"error_msg\":\"The synchronization task does not exist. "
						+ "No synchronization task named no_such_task on this instance.\"}"));
		all.addApiResponse("401",
				error("No credentials (APIGW.0301).",
						"{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: "
								+ "x-auth-token not found\",\"request_id\":\"0a1b2c3d4e5f60718293a4b5c6d7e8f9\"}"));
		all.addApiResponse("default", error(
				"Any other error, such as 409 for a task name or destination database "
						+ "already in use (DBS.280406, DBS.200826); docs/errors.md lists every code.",
				"{\"error_code\":\"DBS.280406\",\"error_msg\":\"Operation not allowed by the DB instance type or "
						+ "status. A synchronization task named task_demo already exists on this instance (stage "
						+ "Incremental).\"}"));
		return all;
	}

	private static ApiResponses withControlPlaneErrors(ApiResponses responses) {
		ApiResponses all = (responses != null) ? responses : new ApiResponses();
		all.addApiResponse("400",
				error("The call is malformed; the message names every field or parameter at fault "
						+ "(EMULATOR.0400).",
						"{\"error_code\":\"EMULATOR.0400\",\"error_msg\":\"Invalid control-plane request. limit: must "
								+ "be a whole number from 1 to 999999999\"}"));
		all.addApiResponse("401",
				error("The emulator runs with a control-plane token, and the call did not send it in "
						+ CONTROL_PLANE_TOKEN_HEADER + " (EMULATOR.0401).",
						"{\"error_code\":\"EMULATOR.0401\",\"error_msg\":\"The control plane needs the "
								+ "X-Emulator-Token header with the configured token.\"}"));
		all.addApiResponse("default",
				error("404 EMULATOR.0404 for an unknown job or fault rule; 409 EMULATOR.0409 for a call the current "
						+ "state does not allow (a job that has ended, a topology addition that would change "
						+ "what exists, a system clock to advance).",
						"{\"error_code\":\"EMULATOR.0404\",\"error_msg\":\"No such control-plane resource. No fault "
								+ "rule fault-3; GET /_emulator/faults lists them.\"}"));
		return all;
	}

	private static ApiResponse error(String description, String example) {
		MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA));
		if (example != null) {
			media.example(json(example));
		}
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(ApiMediaType.JSON_UTF8_VALUE, media));
	}

	/**
	 * {@code ErrorBody}: request_id is present on errors of the gateway layer (APIGW.*)
	 * only.
	 */
	private static Schema<?> errorSchema() {
		return new ObjectSchema().addProperty("error_code", new StringSchema().example("DBS.280001"))
			.addProperty("error_msg", new StringSchema().description(
					"The documented sentence of the code, then the emulator's explanation; in the X-Language language"))
			.addProperty("request_id",
					new StringSchema()
						.description("Only on errors of the gateway layer (APIGW.*); equals the X-Request-Id header"))
			.required(List.of("error_code", "error_msg"));
	}

	/**
	 * JSON text as maps and lists, which any JSON writer prints as the JSON it came from.
	 */
	private static Object json(String text) {
		return JSON.readValue(text, Object.class);
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing OpenAPI example " + resource, ex);
		}
	}

}
