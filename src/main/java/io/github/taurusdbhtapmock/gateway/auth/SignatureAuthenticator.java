package io.github.taurusdbhtapmock.gateway.auth;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.taurusdbhtapmock.gateway.auth.AuthProperties.AccessKey;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

/**
 * Strict mode's AK/SK check, in the gateway's order: a current X-Sdk-Date, a known access
 * key, then the signature. Works on a {@link SignedRequest}, not a servlet request, so
 * captured requests can be replayed through it with their own date as the clock.
 */
final class SignatureAuthenticator {

	private static final Logger log = LoggerFactory.getLogger(SignatureAuthenticator.class);

	private final AuthProperties properties;

	private final Clock clock;

	SignatureAuthenticator(AuthProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The access key that signed the request.
	 * @throws ApiException 401 APIGW.0301 for a missing, malformed or expired date, an
	 * unknown access key or a wrong signature; 400 APIGW.0201 for a query that is not
	 * valid percent-encoded UTF-8
	 */
	AccessKey authenticate(SignedRequest request, SdkAuthorization authorization) {
		String sdkDate = request.header(SdkDate.HEADER);
		Instant signedAt = SdkDate.parse(sdkDate)
			.orElseThrow(() -> new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-date-invalid"));
		Instant now = this.clock.instant();
		if (!SdkDate.isCurrent(signedAt, now, this.properties.maxClockSkew())) {
			throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-signature-expired", sdkDate.trim(),
					SdkDate.format(now), this.properties.maxClockSkew().toMinutes());
		}
		AccessKey accessKey = this.properties.accessKey(authorization.access())
			.orElseThrow(() -> new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-ak-unknown"));
		SignatureVerifier.Verification verification;
		try {
			verification = SignatureVerifier.verify(request, authorization, sdkDate, accessKey.secret());
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(ErrorCode.API_REQUEST_ERROR, "detail.query-not-decodable");
		}
		if (!verification.valid()) {
			// The reply stays as terse as the gateway's; the log is where a user finds
			// what to diff against the
			// client's debug output. Neither the secret key nor the expected signature is
			// written.
			log.info("""
					AK/SK signature mismatch on {} {} (access key {}, signed headers {}).
					Compare the canonical request and string to sign below with the ones your client computed. \
					If they are identical, the client signed with another secret key than the one configured.
					----- canonical request computed by the emulator -----
					{}
					----- string to sign computed by the emulator -----
					{}
					----- end -----""", request.method(), request.rawPath(), authorization.access(),
					String.join(";", authorization.signedHeaders()), verification.canonicalRequest(),
					verification.stringToSign());
			throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, "detail.auth-signature-mismatch");
		}
		return accessKey;
	}

}
