package io.github.taurusdbhtapmock.gateway.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;

import io.github.taurusdbhtapmock.support.ApiResponse;

/**
 * Signs requests with the official SDK's own AKSKSigner (so the emulator is not checked
 * against itself) and sends them with a plain HTTP client, which lets a test change a
 * signed request after signing.
 */
final class SignedApi {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private final String ak;

	private final String sk;

	SignedApi(int port, String ak, String sk) {
		this.port = port;
		this.ak = ak;
		this.sk = sk;
	}

	/**
	 * A request as the SDK would sign it: with X-Project-Id of the path's project and
	 * X-Language, like the generated clients; {@code query} may be null.
	 */
	Signed sign(String method, String path, Map<String, String> query, String body) {
		return sign(method, path, query, body, Map.of());
	}

	/**
	 * With more headers signed, or others in place of X-Language and X-Project-Id; the
	 * signer takes an X-Sdk-Date given here instead of the time of day.
	 */
	Signed sign(String method, String path, Map<String, String> query, String body, Map<String, String> headers) {
		Map<String, String> requestHeaders = new LinkedHashMap<>();
		requestHeaders.put("X-Language", "en-us");
		requestHeaders.put("X-Project-Id", path.split("/")[2]);
		requestHeaders.putAll(headers);
		HttpRequest.HttpRequestBuilder builder = HttpRequest.newBuilder()
			.withEndpoint("http://localhost:" + this.port)
			.withPath(path)
			.withMethod(HttpMethod.valueOf(method))
			.addHeaders(requestHeaders);
		if (body != null) {
			builder.withContentType("application/json;charset=UTF-8").withBodyAsString(body);
		}
		if (query != null) {
			query.forEach((name, value) -> builder.addQueryParam(name, List.of(value)));
		}
		HttpRequest request = builder.build();
		Map<String, String> sent = new LinkedHashMap<>();
		request.getHeaders().forEach((name, values) -> sent.put(name, values.get(0)));
		if (body != null) {
			sent.put("Content-Type", "application/json;charset=UTF-8");
		}
		AKSKSigner.getInstance()
			.sign(request, new BasicCredentials().withAk(this.ak).withSk(this.sk))
			.forEach((name, value) -> {
				// the HTTP client writes Host itself, with the same value the signer took
				// from the URL
				if (!name.equalsIgnoreCase("Host")) {
					sent.put(name, value);
				}
			});
		URL url = request.getUrl();
		String target = url.getPath() + ((url.getQuery() != null) ? "?" + url.getQuery() : "");
		return new Signed(method, target, sent, body, false);
	}

	/**
	 * A signed request; the with* methods change it after signing, as a man in the middle
	 * would.
	 */
	record Signed(String method, String target, Map<String, String> headers, String body, boolean sentChunked) {

		Signed withTarget(UnaryOperator<String> edit) {
			return new Signed(this.method, edit.apply(this.target), this.headers, this.body, this.sentChunked);
		}

		Signed withBody(String newBody) {
			return new Signed(this.method, this.target, this.headers, newBody, this.sentChunked);
		}

		Signed withHeader(String name, String value) {
			Map<String, String> edited = new LinkedHashMap<>(this.headers);
			edited.put(name, value);
			return new Signed(this.method, this.target, edited, this.body, this.sentChunked);
		}

		/**
		 * Sent with Transfer-Encoding: chunked, as the 3.1.143 SDK sends bodies, instead
		 * of Content-Length.
		 */
		Signed chunked() {
			return new Signed(this.method, this.target, this.headers, this.body, true);
		}

	}

	ApiResponse send(Signed signed) {
		java.net.http.HttpRequest.BodyPublisher publisher = java.net.http.HttpRequest.BodyPublishers.noBody();
		if (signed.body() != null) {
			byte[] bytes = signed.body().getBytes(StandardCharsets.UTF_8);
			publisher = signed.sentChunked()
					? java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
					: java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes);
		}
		java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + signed.target()))
			.timeout(Duration.ofSeconds(10))
			.method(signed.method(), publisher);
		signed.headers().forEach(request::header);
		try {
			java.net.http.HttpResponse<String> response = HTTP.send(request.build(),
					java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new ApiResponse(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(signed.method() + " " + signed.target() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	ApiResponse get(String path, Map<String, String> query) {
		return send(sign("GET", path, query, null));
	}

	ApiResponse post(String path, String body) {
		return send(sign("POST", path, null, body));
	}

	ApiResponse put(String path, String body) {
		return send(sign("PUT", path, null, body));
	}

}
