package io.github.taurusdbhtapmock.gateway.auth;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SDK-HMAC-SHA256 algorithm as the official SDKs compute it (AKSKSigner in
 * huaweicloud-sdk-core): a canonical request, hashed into a string to sign, signed with
 * HMAC-SHA256 keyed by the secret key. Pure functions, so the sdk-wire captures can be
 * re-verified without a server.
 */
public final class SdkHmacSha256 {

	/** SHA-256 of no bytes: the payload hash of a GET. */
	public static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	private static final HexFormat HEX = HexFormat.of();

	private static final HexFormat PERCENT_HEX = HexFormat.of().withUpperCase();

	private SdkHmacSha256() {
	}

	/**
	 * The canonical request: method, URI, query, headers, signed header names and payload
	 * hash, one per line.
	 * @throws IllegalArgumentException when the path or query is not valid
	 * percent-encoded UTF-8
	 */
	public static String canonicalRequest(SignedRequest request, List<String> signedHeaders) {
		return String.join("\n", request.method(), canonicalUri(request.rawPath()), canonicalQuery(request.rawQuery()),
				canonicalHeaders(request, signedHeaders), String.join(";", signedHeaders), payloadHash(request.body()));
	}

	public static String stringToSign(String sdkDate, String canonicalRequest) {
		return String.join("\n", SdkAuthorization.ALGORITHM, sdkDate,
				sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The hex signature; the secret key is used as the HMAC key as is, with no
	 * derivation.
	 */
	public static String signature(String secretKey, String stringToSign) {
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HEX.formatHex(hmac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * Each path segment decoded and re-encoded, each followed by "/": the SDKs add the
	 * slash even when the path does not end with one, so {@code /v3/p/x} and
	 * {@code /v3/p/x/} sign alike.
	 */
	static String canonicalUri(String rawPath) {
		if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
			return "/";
		}
		StringBuilder uri = new StringBuilder();
		for (String segment : rawPath.split("/")) {
			uri.append(encode(decode(segment))).append('/');
		}
		return uri.toString();
	}

	/**
	 * Parameters decoded from the wire and re-encoded the one way the signer does, sorted
	 * by name; a parameter given several times keeps its values in request order, as the
	 * SDKs sign them. A parameter without "=" signs as one with an empty value.
	 */
	static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String[]> parameters = new ArrayList<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			String value = (equals >= 0) ? pair.substring(equals + 1) : "";
			parameters.add(new String[] { encode(decode(name)), encode(decode(value)) });
		}
		// a stable sort, so repeated names keep their order
		parameters.sort(Comparator.comparing((String[] parameter) -> parameter[0]));
		List<String> canonical = new ArrayList<>();
		parameters.forEach((parameter) -> canonical.add(parameter[0] + "=" + parameter[1]));
		return String.join("&", canonical);
	}

	/**
	 * "name:value\n" for each signed header, in SignedHeaders order; a signed header the
	 * request lacks signs as empty, which fails verification unless the client signed it
	 * empty too.
	 */
	static String canonicalHeaders(SignedRequest request, List<String> signedHeaders) {
		StringBuilder headers = new StringBuilder();
		for (String name : signedHeaders) {
			String value = request.header(name);
			headers.append(name).append(':').append((value != null) ? value.trim() : "").append('\n');
		}
		return headers.toString();
	}

	static String payloadHash(byte[] body) {
		return sha256Hex(body);
	}

	static String sha256Hex(byte[] bytes) {
		try {
			return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * Percent-encodes everything but the unreserved characters A-Z a-z 0-9 - _ . ~, with
	 * upper-case hex.
	 */
	static String encode(String text) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(PERCENT_HEX.toHexDigits(b));
			}
		}
		return encoded.toString();
	}

	/**
	 * Percent-decoding only: a "+" stays a plus, since the SDKs send a space as %20 and a
	 * plus as %2B.
	 * @throws IllegalArgumentException for a broken %XX sequence or bytes that are not
	 * UTF-8
	 */
	static String decode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int i = 0;
		while (i < text.length()) {
			int percent = text.indexOf('%', i);
			if (percent != i) {
				int end = (percent < 0) ? text.length() : percent;
				bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
				i = end;
				continue;
			}
			if (i + 2 >= text.length()) {
				throw new IllegalArgumentException("incomplete percent-encoding in " + text);
			}
			int high = Character.digit(text.charAt(i + 1), 16);
			int low = Character.digit(text.charAt(i + 2), 16);
			if (high < 0 || low < 0) {
				throw new IllegalArgumentException("invalid percent-encoding in " + text);
			}
			bytes.write((high << 4) | low);
			i += 3;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("percent-encoded bytes that are not UTF-8 in " + text, ex);
		}
	}

}
