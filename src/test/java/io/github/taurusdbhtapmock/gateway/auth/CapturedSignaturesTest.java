package io.github.taurusdbhtapmock.gateway.auth;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.github.taurusdbhtapmock.gateway.auth.AuthProperties.AccessKey;
import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every request the official SDKs really sent (src/test/resources/sdk-wire) verifies in
 * strict mode, with its own X-Sdk-Date as the clock; the emulator computes the very
 * canonical request, string to sign and signature the capture server recorded; and
 * changing any signed part of a request by one character makes it fail.
 */
@ExtendWith(OutputCaptureExtension.class)
class CapturedSignaturesTest {

	private static final List<String> SIGNED_DIRECTORIES = List.of("java", "java-3.1.212-src", "node", "java-extra");

	static Stream<String> captures() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:sdk-wire/*/*.txt");
		return Arrays.stream(resources).map((resource) -> {
			try {
				String url = resource.getURL().toString();
				return url.substring(url.lastIndexOf("sdk-wire/") + "sdk-wire/".length());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}).filter((id) -> id.matches("[^/]+/[0-9]{3}_[^/]+\\.txt")).sorted();
	}

	/**
	 * Captures with a body, and GETs with a query: the parts a tampering test changes.
	 */
	static Stream<String> capturesWithBody() throws IOException {
		return captures().filter((fixture) -> CapturedRequest.load(fixture).body().length > 0);
	}

	static Stream<String> capturesWithQuery() throws IOException {
		return captures().filter((fixture) -> CapturedRequest.load(fixture).target().contains("?"));
	}

	@Test
	void everySdkDirectoryHasCaptures() throws IOException {
		List<String> fixtures = captures().toList();
		for (String directory : SIGNED_DIRECTORIES) {
			assertThat(fixtures).as("captures of %s", directory)
				.anyMatch((fixture) -> fixture.startsWith(directory + "/"));
		}
		assertThat(fixtures).hasSizeGreaterThanOrEqualTo(15 + 16 + 8);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("captures")
	void everyCaptureVerifiesWithItsOwnDateAsTheClock(String fixture) {
		CapturedRequest capture = CapturedRequest.load(fixture);

		AccessKey key = authenticator(capture).authenticate(capture.toSignedRequest(), capture.authorization());

		assertThat(key.access()).isEqualTo(CapturedRequest.ACCESS_KEY);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("captures")
	void theEmulatorComputesWhatTheCaptureServerRecorded(String fixture) {
		CapturedRequest capture = CapturedRequest.load(fixture);
		SdkAuthorization authorization = capture.authorization();

		String canonicalRequest = SdkHmacSha256.canonicalRequest(capture.toSignedRequest(),
				authorization.signedHeaders());
		String stringToSign = SdkHmacSha256.stringToSign(capture.header("X-Sdk-Date"), canonicalRequest);

		assertThat(canonicalRequest).isEqualTo(capture.canonicalRequest());
		assertThat(stringToSign).isEqualTo(capture.stringToSign());
		assertThat(SdkHmacSha256.signature(CapturedRequest.SECRET_KEY, stringToSign)).isEqualTo(capture.signature())
			.isEqualTo(authorization.signature());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("capturesWithBody")
	void changingOneByteOfTheBodyFails(String fixture) {
		CapturedRequest capture = CapturedRequest.load(fixture);
		byte[] body = capture.body();
		int middle = body.length / 2;
		body[middle] = (byte) (body[middle] ^ 0x01);

		assertSignatureMismatch(capture.withBody(body));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("captures")
	void changingOneCharacterOfThePathFails(String fixture) {
		CapturedRequest capture = CapturedRequest.load(fixture);

		assertSignatureMismatch(capture.withTarget((target) -> target.replace("/starrocks/", "/starRocks/")));
		assertSignatureMismatch(capture.withTarget((target) -> target.replace("00001111in17", "00001112in17")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("capturesWithQuery")
	void changingOneCharacterOfAQueryValueFails(String fixture) {
		CapturedRequest capture = CapturedRequest.load(fixture);

		assertSignatureMismatch(capture.withTarget((target) -> target.replace("task_name=", "task_name=x")));
		assertSignatureMismatch(capture.withTarget((target) -> target.replace("task_name=", "task_namf=")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("captures")
	void changingOneCharacterOfAnySignedHeaderFails(String fixture) {
		CapturedRequest capture = CapturedRequest.load(fixture);
		for (String name : capture.authorization().signedHeaders()) {
			String value = capture.header(name);
			// one second later is still current, so only the signature can tell
			String changed = name.equals("x-sdk-date")
					? SdkDate.format(SdkDate.parse(value).orElseThrow().plusSeconds(1))
					: value.substring(0, value.length() - 1) + (value.endsWith("x") ? "y" : "x");
			assertSignatureMismatch(capture.withHeader(name, changed));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("captures")
	void headersThatAreNotSignedMayChange(String fixture) {
		CapturedRequest capture = CapturedRequest.load(fixture);

		verifies(capture.withHeader("Accept-Encoding", "identity").withHeader("X-Unsigned", "anything"));
	}

	@Test
	void theSameRequestWrittenDifferentlyOnTheWireStillVerifies() {
		// 006 asked for task_name "a b*c~d/e+f", sent as a%20b*c%7Ed%2Fe%2Bf and signed
		// as a%20b%2Ac~d%2Fe%2Bf
		CapturedRequest capture = CapturedRequest.load("java/006_GET_configuration.txt");
		assertThat(capture.target()).endsWith("?task_name=a%20b*c%7Ed%2Fe%2Bf");

		verifies(capture.withTarget((target) -> target.replace("a%20b*c%7Ed%2Fe%2Bf", "a%20b%2ac~d%2fe%2bf")));
		verifies(capture.withTarget((target) -> target.replace("?", "/?")));
		verifies(capture.withHeader("X-Language", "  en-us  "));
		assertSignatureMismatch(capture.withTarget((target) -> target.replace("%20", "+")));
	}

	@Test
	void aChunkedBodyIsHashedAsTheBytesItCarries() {
		CapturedRequest capture = CapturedRequest.load("java/001_POST_replication.txt");
		assertThat(capture.header("Transfer-Encoding")).isEqualTo("chunked");

		verifies(capture);
		assertThat(capture.canonicalRequest()).endsWith(SdkHmacSha256.sha256Hex(capture.body()));
	}

	@Test
	void aBodilessRequestHashesTheEmptyString() {
		CapturedRequest capture = CapturedRequest.load("java/005_GET_configuration.txt");

		assertThat(capture.body()).isEmpty();
		assertThat(capture.canonicalRequest()).endsWith("\n" + SdkHmacSha256.EMPTY_BODY_SHA256);
		assertThat(SdkHmacSha256.payloadHash(new byte[0])).isEqualTo(SdkHmacSha256.EMPTY_BODY_SHA256);
	}

	@ParameterizedTest(name = "{0} seconds")
	@ValueSource(longs = { -900, -1, 0, 1, 900 })
	void aDateWithinFifteenMinutesOfTheClockIsCurrent(long offsetSeconds) {
		CapturedRequest capture = CapturedRequest.load("node/004_GET_configuration.txt");

		new SignatureAuthenticator(strict(), clockAt(capture, offsetSeconds)).authenticate(capture.toSignedRequest(),
				capture.authorization());
	}

	@ParameterizedTest(name = "{0} seconds")
	@ValueSource(longs = { -1200, -901, 901, 1200 })
	void aDateMoreThanFifteenMinutesFromTheClockHasExpired(long offsetSeconds) {
		CapturedRequest capture = CapturedRequest.load("node/004_GET_configuration.txt");

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> new SignatureAuthenticator(strict(), clockAt(capture, offsetSeconds))
					.authenticate(capture.toSignedRequest(), capture.authorization()));

		assertRefused(refused, ErrorCode.AUTHENTICATION_FAILED, "detail.auth-signature-expired");
	}

	@Test
	void anUnknownAccessKeyIsRefusedBeforeTheSignatureIsLookedAt() {
		CapturedRequest capture = CapturedRequest.load("java/002_PUT_replication.txt");
		AuthProperties otherKey = new AuthProperties(AuthMode.STRICT, Duration.ofMinutes(15),
				List.of(new AccessKey("OTHERAK0123456789ABC", CapturedRequest.SECRET_KEY, List.of())), List.of());

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> new SignatureAuthenticator(otherKey, clockAt(capture, 0)).authenticate(capture.toSignedRequest(),
						capture.authorization()));

		assertRefused(refused, ErrorCode.AUTHENTICATION_FAILED, "detail.auth-ak-unknown");
	}

	@Test
	void aMismatchLogsWhatWasComputedButNeverTheSecretKey(CapturedOutput output) {
		CapturedRequest capture = CapturedRequest.load("java/002_PUT_replication.txt");
		String otherSecret = "ANOTHERSECRETKEY0123456789abcdefghijklm";
		AuthProperties wrongSecret = new AuthProperties(AuthMode.STRICT, Duration.ofMinutes(15),
				List.of(new AccessKey(CapturedRequest.ACCESS_KEY, otherSecret, List.of())), List.of());

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> new SignatureAuthenticator(wrongSecret, clockAt(capture, 0))
					.authenticate(capture.toSignedRequest(), capture.authorization()));

		assertRefused(refused, ErrorCode.AUTHENTICATION_FAILED, "detail.auth-signature-mismatch");
		assertThat(output.getAll()).contains("AK/SK signature mismatch on PUT", capture.canonicalRequest(),
				capture.stringToSign());
		assertThat(output.getAll()).doesNotContain(otherSecret, CapturedRequest.SECRET_KEY,
				SdkHmacSha256.signature(otherSecret, capture.stringToSign()));
	}

	@Test
	void aQueryThatIsNotPercentEncodedUtf8IsARequestError() {
		CapturedRequest capture = CapturedRequest.load("java/005_GET_configuration.txt")
			.withTarget((target) -> target.replace("task_name=", "task_name=%zz"));

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> authenticator(capture).authenticate(capture.toSignedRequest(), capture.authorization()));

		assertRefused(refused, ErrorCode.API_REQUEST_ERROR, "detail.query-not-decodable");
	}

	private static void verifies(CapturedRequest capture) {
		assertThat(authenticator(capture).authenticate(capture.toSignedRequest(), capture.authorization()).access())
			.isEqualTo(CapturedRequest.ACCESS_KEY);
	}

	private static void assertSignatureMismatch(CapturedRequest tampered) {
		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> authenticator(tampered).authenticate(tampered.toSignedRequest(), tampered.authorization()));
		assertRefused(refused, ErrorCode.AUTHENTICATION_FAILED, "detail.auth-signature-mismatch");
	}

	private static void assertRefused(ApiException refused, ErrorCode code, String detailKey) {
		assertThat(refused).as("refusal").isNotNull();
		assertThat(refused.errorCode()).isEqualTo(code);
		assertThat(refused.detail().key()).isEqualTo(detailKey);
	}

	/** Strict mode with the capture's own X-Sdk-Date as the clock. */
	private static SignatureAuthenticator authenticator(CapturedRequest capture) {
		return new SignatureAuthenticator(strict(), clockAt(capture, 0));
	}

	private static AuthProperties strict() {
		return new AuthProperties(AuthMode.STRICT, Duration.ofMinutes(15),
				List.of(new AccessKey(CapturedRequest.ACCESS_KEY, CapturedRequest.SECRET_KEY, List.of())), List.of());
	}

	private static Clock clockAt(CapturedRequest capture, long offsetSeconds) {
		Instant signedAt = SdkDate.parse(capture.header("X-Sdk-Date")).orElseThrow();
		return Clock.fixed(signedAt.plusSeconds(offsetSeconds), ZoneOffset.UTC);
	}

}
