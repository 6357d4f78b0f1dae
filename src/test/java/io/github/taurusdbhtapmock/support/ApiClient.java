package io.github.taurusdbhtapmock.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;
import tools.jackson.databind.JsonNode;

/**
 * A plain HTTP client for tests: sends exactly the bytes and headers it is given, so
 * tests see the wire as a real client does. Requests carry an X-Auth-Token unless a test
 * removes it.
 */
public final class ApiClient {

	/** Short names of the demo topology's ids, which most tests use. */
	public static final String PROJECT = DemoTopology.PROJECT_ID;

	public static final String INSTANCE = DemoTopology.STARROCKS_INSTANCE_ID;

	public static final String SOURCE_INSTANCE = DemoTopology.TAURUS_INSTANCE_ID;

	public static final String READ_REPLICA = DemoTopology.READ_REPLICA_ID;

	public static final String REPLICATION_PATH = "/v3/" + PROJECT + "/instances/" + INSTANCE
			+ "/starrocks/databases/replication";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Map<String, String> headers;

	private ApiClient(String baseUrl, Map<String, String> headers) {
		this.baseUrl = baseUrl;
		this.headers = headers;
	}

	public static ApiClient forPort(int port) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Auth-Token", "test-token");
		headers.put("Content-Type", "application/json;charset=UTF-8");
		return new ApiClient("http://localhost:" + port, headers);
	}

	/**
	 * A copy of this client that sends {@code name: value}, or no such header when value
	 * is null.
	 */
	public ApiClient withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		if (value == null) {
			copy.remove(name);
		}
		else {
			copy.put(name, value);
		}
		return new ApiClient(this.baseUrl, copy);
	}

	public ApiResponse get(String pathAndQuery) {
		return send("GET", pathAndQuery, null);
	}

	public ApiResponse post(String pathAndQuery, String body) {
		return send("POST", pathAndQuery, body);
	}

	public ApiResponse put(String pathAndQuery, String body) {
		return send("PUT", pathAndQuery, body);
	}

	public ApiResponse send(String method, String pathAndQuery, String body) {
		// a bound, not a speed check: a busy 2-core machine can take seconds to answer
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		this.headers.forEach(request::header);
		try {
			HttpResponse<String> response = HTTP.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new ApiResponse(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + pathAndQuery + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The task as ListStarRocksDataReplications lists it on the demo instance, reading
	 * every page as a client must; null when it is not listed.
	 */
	public JsonNode listed(String taskName) {
		int offset = 0;
		while (true) {
			JsonNode page = get(REPLICATION_PATH + "?limit=100&offset=" + offset).assertOk().json();
			if (page.get("replications").isEmpty()) {
				return null;
			}
			for (JsonNode item : page.get("replications")) {
				if (item.get("task_name").asString().equals(taskName)) {
					return item;
				}
			}
			offset += page.get("replications").size();
		}
	}

	public String baseUrl() {
		return this.baseUrl;
	}

}
