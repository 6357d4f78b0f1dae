package io.github.taurusdbhtapmock.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks an SDK-HMAC-SHA256 signature against the secret key of its access key. */
public final class SignatureVerifier {

	private SignatureVerifier() {
	}

	/**
	 * Recomputes the signature over the request as received and compares it in constant
	 * time, so the reply's timing does not tell how much of a forged signature was right.
	 * @param sdkDate the X-Sdk-Date header exactly as sent: it is part of the string to
	 * sign
	 * @throws IllegalArgumentException when the path or query is not valid
	 * percent-encoded UTF-8
	 */
	public static Verification verify(SignedRequest request, SdkAuthorization authorization, String sdkDate,
			String secretKey) {
		String canonicalRequest = SdkHmacSha256.canonicalRequest(request, authorization.signedHeaders());
		String stringToSign = SdkHmacSha256.stringToSign(sdkDate.trim(), canonicalRequest);
		String expected = SdkHmacSha256.signature(secretKey, stringToSign);
		boolean valid = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				authorization.signature().getBytes(StandardCharsets.US_ASCII));
		return new Verification(valid, canonicalRequest, stringToSign);
	}

	/**
	 * The outcome, with the two texts a user compares against the client's debug output
	 * when it fails. Neither contains the secret key or the expected signature.
	 */
	public record Verification(boolean valid, String canonicalRequest, String stringToSign) {
	}

}
