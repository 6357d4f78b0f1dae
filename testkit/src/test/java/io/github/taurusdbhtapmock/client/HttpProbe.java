package io.github.taurusdbhtapmock.client;

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

/**
 * Plain HTTP to an emulator, for comparing the client with the endpoints' own replies:
 * sends exactly the bytes and headers it is given. Requests carry an X-Auth-Token (any
 * token passes the emulator's default, lenient authentication) unless a test removes it.
 */
final class HttpProbe {

	static final String REPLICATION_PATH = "/v3/" + DemoTopology.PROJECT_ID + "/instances/"
			+ DemoTopology.STARROCKS_INSTANCE_ID + "/starrocks/databases/replication";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Map<String, String> headers;

	private HttpProbe(String baseUrl, Map<String, String> headers) {
		this.baseUrl = baseUrl;
		this.headers = headers;
	}

	static HttpProbe of(String baseUrl) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Auth-Token", "test-token");
		headers.put("Content-Type", "application/json;charset=UTF-8");
		return new HttpProbe(baseUrl, headers);
	}

	/** A copy that sends {@code name: value}, or no such header when value is null. */
	HttpProbe withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		if (value == null) {
			copy.remove(name);
		}
		else {
			copy.put(name, value);
		}
		return new HttpProbe(this.baseUrl, copy);
	}

	ProbeReply get(String pathAndQuery) {
		return send("GET", pathAndQuery, null);
	}

	ProbeReply post(String pathAndQuery, String body) {
		return send("POST", pathAndQuery, body);
	}

	ProbeReply put(String pathAndQuery, String body) {
		return send("PUT", pathAndQuery, body);
	}

	ProbeReply send(String method, String pathAndQuery, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + pathAndQuery))
			.timeout(Duration.ofSeconds(10))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		this.headers.forEach(request::header);
		try {
			HttpResponse<String> response = HTTP.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new ProbeReply(response.statusCode(), response.headers(), response.body());
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
	 * CreateStarRocksDataReplication of a task on the demo instance, from the demo source
	 * instance: the id of the job it starts.
	 */
	String createTask(String name, String sourceDatabase, String targetDatabase) {
		String body = Json.write(Map.of("source_instance_id", DemoTopology.TAURUS_INSTANCE_ID, "source_database",
				sourceDatabase, "target_database", targetDatabase, "task_name", name));
		return post(REPLICATION_PATH, body).assertOk().text("job_id");
	}

}
