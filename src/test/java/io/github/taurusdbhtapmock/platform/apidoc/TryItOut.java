package io.github.taurusdbhtapmock.platform.apidoc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as Swagger UI reads it, and its operations sent as "Try it out"
 * sends them: every parameter's example and the body example, nothing else.
 */
final class TryItOut {

	static final String DOCUMENT = "/_emulator/openapi.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TryItOut() {
	}

	/**
	 * The document the emulator serves, the committed one, as Swagger UI reads it:
	 * without credentials.
	 */
	static JsonNode document(int port) {
		return JSON.readTree(text(port, DOCUMENT));
	}

	/**
	 * The body of a 200 reply to GET {@code path}, without credentials. springdoc, where
	 * a test runs it, builds its document on the first request, which takes seconds on a
	 * busy machine: more than a client's usual timeout.
	 */
	static String text(int port, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(120))
			.build();
		try {
			HttpResponse<String> reply = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
			return reply.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The operation of this id, with the path and method it is documented under. */
	static Documented find(JsonNode document, String operationId) {
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (operationId.equals(operation.getValue().path("operationId").asString())) {
					return new Documented(path.getKey(), operation.getKey().toUpperCase(Locale.ROOT),
							operation.getValue());
				}
			}
		}
		throw new AssertionError(operationId + " is not in the document");
	}

	/** Sends it with {@code client}'s headers plus the examples of header parameters. */
	static ApiResponse send(ApiClient client, Documented documented) {
		String path = documented.path();
		StringBuilder query = new StringBuilder();
		ApiClient sender = client;
		for (JsonNode parameter : documented.operation().get("parameters")) {
			String name = parameter.get("name").asString();
			JsonNode example = parameter.get("example");
			switch (parameter.get("in").asString()) {
				case "path" -> {
					assertThat(example).as("example of path parameter %s", name).isNotNull();
					path = path.replace("{" + name + "}", example.asString());
				}
				case "query" -> {
					if (example != null) {
						query.append(query.isEmpty() ? "?" : "&")
							.append(name)
							.append('=')
							.append(URLEncoder.encode(example.asString(), StandardCharsets.UTF_8));
					}
				}
				case "header" -> {
					if (example != null) {
						sender = sender.withHeader(name, example.asString());
					}
				}
				default -> throw new IllegalStateException("parameter in " + parameter.get("in"));
			}
		}
		JsonNode body = documented.bodyExample();
		return sender.send(documented.method(), path + query, body.isMissingNode() ? null : body.toString());
	}

	record Documented(String path, String method, JsonNode operation) {

		JsonNode bodyExample() {
			return this.operation.at("/requestBody/content/application~1json/example");
		}

	}

}
