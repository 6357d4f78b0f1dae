package io.github.taurusdbhtapmock.gateway.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an SDK-HMAC-SHA256 signature covers, as it arrived: the method, the path and query
 * exactly as on the request line (still percent-encoded), the headers and the body bytes.
 * Kept free of the servlet API so the canonicalization can be checked against captured
 * requests without a server.
 */
public record SignedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
		byte[] body) {

	public SignedRequest {
		Map<String, List<String>> byLowerCaseName = new LinkedHashMap<>();
		headers.forEach((name, values) -> byLowerCaseName
			.computeIfAbsent(name.toLowerCase(Locale.ROOT), (key) -> new java.util.ArrayList<>())
			.addAll(values));
		headers = Map.copyOf(byLowerCaseName);
		body = (body != null) ? body.clone() : new byte[0];
	}

	/**
	 * The value the signer saw for a header: the first one, as the SDKs sign only the
	 * first of repeated headers; null when the request does not have it.
	 */
	public String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

}
