package io.github.taurusdbhtapmock.gateway.auth;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The parts of the canonical request one by one, and agreement with the official SDK's
 * own signer.
 */
class SdkHmacSha256Test {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/,/", "'',/", "/v3,/v3/", "/v3/,/v3/", "/v3/p/instances/i,/v3/p/instances/i/", "/v3//x,/v3//x/",
			"/v3/a%20b/c,/v3/a%20b/c/", "/v3/a*b~c,/v3/a%2Ab~c/", "/v3/%7e%2a,/v3/~%2A/" })
	void theCanonicalUriIsEachSegmentReEncodedAndAlwaysEndsWithASlash(String rawPath, String canonical) {
		assertThat(SdkHmacSha256.canonicalUri(rawPath)).isEqualTo(canonical);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			value = { "|", "task_name=abc|task_name=abc", "b=2&a=1|a=1&b=2", "b=2&a=3&a=1|a=3&a=1&b=2",
					"flag&a=|a=&flag=", "a=1&&b=2|a=1&b=2", "q=a%20b*c%7Ed%2Fe%2Bf|q=a%20b%2Ac~d%2Fe%2Bf",
					"q=a+b|q=a%2Bb", "q=%e4%b8%ad|q=%E4%B8%AD", "q=中|q=%E4%B8%AD", "Z=1&a=1&_=1|Z=1&_=1&a=1",
					"%61=1|a=1", "q=x=y|q=x%3Dy" })
	void theCanonicalQueryIsDecodedReEncodedAndSortedByName(String rawQuery, String canonical) {
		assertThat(SdkHmacSha256.canonicalQuery(rawQuery)).isEqualTo((canonical != null) ? canonical : "");
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=%zz", "q=%4", "q=%", "q=%ff%fe" })
	void aQueryThatIsNotPercentEncodedUtf8CannotBeCanonicalized(String rawQuery) {
		assertThatIllegalArgumentException().isThrownBy(() -> SdkHmacSha256.canonicalQuery(rawQuery));
	}

	@Test
	void canonicalHeadersFollowSignedHeadersWithLowerCaseNamesAndTrimmedValues() {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		headers.put("Host", List.of("localhost:8080"));
		headers.put("X-Sdk-Date", List.of(" 20261121T225047Z "));
		headers.put("X-Twice", List.of("first", "second"));
		headers.put("X-Unsigned", List.of("ignored"));
		SignedRequest request = new SignedRequest("GET", "/v3", null, headers, null);

		assertThat(SdkHmacSha256.canonicalHeaders(request, List.of("host", "x-sdk-date", "x-twice", "x-missing")))
			.isEqualTo("host:localhost:8080\nx-sdk-date:20261121T225047Z\nx-twice:first\nx-missing:\n");
	}

	@Test
	void theBodyHashIsOverTheExactBytes() {
		assertThat(SdkHmacSha256.payloadHash(new byte[0])).isEqualTo(SdkHmacSha256.EMPTY_BODY_SHA256)
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(SdkHmacSha256.payloadHash("{}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
		assertThat(SdkHmacSha256.payloadHash("{} ".getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(SdkHmacSha256.payloadHash("{}".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void whatTheOfficialSignerSignsVerifies() throws Exception {
		String secret = "SECRETSECRETSECRETSECRETSECRETSECRET1234";
		String body = "{\"task_name\":\"任务_1\",\"note\":\"a b+c\"}";
		HttpRequest request = HttpRequest.newBuilder()
			.withEndpoint("http://localhost:8080")
			.withPath("/v3/" + DemoTopology.PROJECT_ID + "/instances/i/starrocks/databases/replication")
			.withMethod(HttpMethod.POST)
			.withContentType("application/json;charset=UTF-8")
			.withBodyAsString(body)
			.addHeader("X-Language", "zh-cn")
			.addHeader("Content-Type", "application/json;charset=UTF-8")
			.addQueryParam("z", List.of("last"))
			.addQueryParam("task_name", List.of("a b*c~d/e+f 中"))
			.build();
		Map<String, String> added = AKSKSigner.getInstance()
			.sign(request, new BasicCredentials().withAk("SIGNERAK").withSk(secret));

		URL url = request.getUrl();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.getHeaders().forEach((name, values) -> headers.put(name, values));
		added.forEach((name, value) -> headers.put(name, List.of(value)));
		SignedRequest received = new SignedRequest("POST", url.getPath(), url.getQuery(), headers,
				body.getBytes(StandardCharsets.UTF_8));
		SdkAuthorization authorization = SdkAuthorization.parse(added.get("Authorization")).orElseThrow();

		assertThat(SignatureVerifier.verify(received, authorization, added.get("X-Sdk-Date"), secret).valid()).isTrue();
		assertThat(SignatureVerifier.verify(received, authorization, added.get("X-Sdk-Date"), secret + "x").valid())
			.isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=0123abcd",
			"SDK-HMAC-SHA256  Access=AK,SignedHeaders=Host;X-Sdk-Date,Signature=0123ABCD " })
	void aWellFormedAuthorizationHeaderIsParsed(String header) {
		SdkAuthorization authorization = SdkAuthorization.parse(header).orElseThrow();

		assertThat(authorization.access()).isEqualTo("AK");
		assertThat(authorization.signedHeaders()).containsExactly("host", "x-sdk-date");
		assertThat(authorization.signature()).isEqualTo("0123abcd");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Bearer abc", "SDK-HMAC-SHA256 Access=AK, Signature=abc",
			"SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=xyz",
			"SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;;x-sdk-date, Signature=ab",
			"AWS4-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=ab" })
	void anythingElseIsNotAnSdkAuthorization(String header) {
		assertThat(SdkAuthorization.parse(header)).isEmpty();
	}

	@Test
	void theSdkDateIsUtcToTheSecond() {
		assertThat(SdkDate.parse("20261121T225047Z")).contains(Instant.parse("2026-11-21T22:50:47Z"));
		assertThat(SdkDate.format(Instant.parse("2026-01-02T03:04:05.678Z"))).isEqualTo("20260102T030405Z");
		assertThat(SdkDate.parse(null)).isEmpty();
		for (String malformed : List.of("", "2026-11-21T22:50:47Z", "20261121T225047", "20261131T225047Z",
				"20261121T245047Z", "Sat, 21 Nov 2026 22:50:47 GMT")) {
			assertThat(SdkDate.parse(malformed)).as(malformed).isEmpty();
		}
	}

	@Test
	void aDateIsCurrentWithinTheSkewEitherWay() {
		Instant now = Instant.parse("2026-11-21T22:50:47Z");
		Duration skew = Duration.ofMinutes(15);

		assertThat(SdkDate.isCurrent(now.minus(skew), now, skew)).isTrue();
		assertThat(SdkDate.isCurrent(now.plus(skew), now, skew)).isTrue();
		assertThat(SdkDate.isCurrent(now.minus(skew).minusSeconds(1), now, skew)).isFalse();
		assertThat(SdkDate.isCurrent(now.plus(skew).plusSeconds(1), now, skew)).isFalse();
	}

}
