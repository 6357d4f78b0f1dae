package io.github.taurusdbhtapmock.gateway.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;

/**
 * A request of src/test/resources/sdk-wire as the capture server received it (request
 * line, headers, body bytes) with the capture server's own re-verification: the canonical
 * request, string to sign and signature it computed.
 */
record CapturedRequest(String fixture, String method, String target, List<String[]> headers, byte[] body,
		String canonicalRequest, String stringToSign, String signature) {

	/** The captures were signed with the demo key. */
	static final String ACCESS_KEY = DemoTopology.ACCESS_KEY;

	static final String SECRET_KEY = DemoTopology.SECRET_KEY;

	private static final String TRAILER = "\n\n----- ";

	private static final String SIGNATURE_CHECK = "----- signature check (server-side re-implementation) -----\n";

	static CapturedRequest load(String fixture) {
		byte[] bytes;
		try (InputStream in = CapturedRequest.class.getResourceAsStream("/sdk-wire/" + fixture)) {
			if (in == null) {
				throw new IllegalArgumentException("no capture " + fixture);
			}
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		int headEnd = indexOf(bytes, "\r\n\r\n", 0);
		int bodyEnd = indexOf(bytes, TRAILER, headEnd + 4);
		String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
		String[] requestLine = lines[0].split(" ");
		List<String[]> headers = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.add(new String[] { lines[i].substring(0, colon), lines[i].substring(colon + 1).strip() });
		}
		String trailer = new String(bytes, bodyEnd, bytes.length - bodyEnd, StandardCharsets.UTF_8);
		JsonNode check = JsonMapper.builder()
			.build()
			.readTree(trailer.substring(trailer.indexOf(SIGNATURE_CHECK) + SIGNATURE_CHECK.length()));
		if (!check.get("verified").asBoolean()) {
			throw new IllegalStateException(fixture + " was not verified by the capture server");
		}
		return new CapturedRequest(fixture, requestLine[0], requestLine[1], headers,
				Arrays.copyOfRange(bytes, headEnd + 4, bodyEnd), check.get("canonical_request").asString(),
				check.get("string_to_sign").asString(), check.get("got_signature").asString());
	}

	String header(String name) {
		return this.headers.stream()
			.filter((header) -> header[0].equalsIgnoreCase(name))
			.map((header) -> header[1])
			.findFirst()
			.orElse(null);
	}

	SdkAuthorization authorization() {
		return SdkAuthorization.parse(header("Authorization"))
			.orElseThrow(() -> new IllegalStateException(this.fixture + " has no SDK-HMAC-SHA256 Authorization"));
	}

	/**
	 * As the emulator would see it: the path and query split off the request target,
	 * still percent-encoded.
	 */
	SignedRequest toSignedRequest() {
		int question = this.target.indexOf('?');
		Map<String, List<String>> headerMap = new LinkedHashMap<>();
		this.headers
			.forEach((header) -> headerMap.computeIfAbsent(header[0], (name) -> new ArrayList<>()).add(header[1]));
		return new SignedRequest(this.method, (question >= 0) ? this.target.substring(0, question) : this.target,
				(question >= 0) ? this.target.substring(question + 1) : null, headerMap, this.body);
	}

	CapturedRequest withTarget(UnaryOperator<String> edit) {
		return new CapturedRequest(this.fixture, this.method, edit.apply(this.target), this.headers, this.body,
				this.canonicalRequest, this.stringToSign, this.signature);
	}

	CapturedRequest withBody(byte[] newBody) {
		return new CapturedRequest(this.fixture, this.method, this.target, this.headers, newBody, this.canonicalRequest,
				this.stringToSign, this.signature);
	}

	/**
	 * This request with the value of one header replaced, or the header added when it is
	 * not there.
	 */
	CapturedRequest withHeader(String name, String value) {
		List<String[]> edited = new ArrayList<>();
		boolean replaced = false;
		for (String[] header : this.headers) {
			if (header[0].equalsIgnoreCase(name)) {
				edited.add(new String[] { header[0], value });
				replaced = true;
			}
			else {
				edited.add(header);
			}
		}
		if (!replaced) {
			edited.add(new String[] { name, value });
		}
		return new CapturedRequest(this.fixture, this.method, this.target, edited, this.body, this.canonicalRequest,
				this.stringToSign, this.signature);
	}

	@Override
	public String toString() {
		return this.fixture;
	}

	private static int indexOf(byte[] bytes, String part, int from) {
		byte[] needle = part.getBytes(StandardCharsets.ISO_8859_1);
		for (int i = from; i <= bytes.length - needle.length; i++) {
			if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
				return i;
			}
		}
		throw new IllegalStateException("'" + part.replace("\n", "\\n") + "' not found");
	}

}
