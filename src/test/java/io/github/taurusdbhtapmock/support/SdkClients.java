package io.github.taurusdbhtapmock.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.huaweicloud.sdk.core.HttpListener;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;

/**
 * The official GaussDB client pointed at an emulator on this machine, signing with the
 * demo AK/SK.
 */
public final class SdkClients {

	public static final String AK = "TESTAK0123456789ABCD";

	public static final String SK = "TESTSK0123456789abcdefghijklmnopqrstuvwx";

	private SdkClients() {
	}

	public static GaussDBClient forPort(int port) {
		return forPort(port, HttpConfig.getDefaultHttpConfig().withTimeout(10));
	}

	public static GaussDBClient forPort(int port, HttpConfig httpConfig) {
		return GaussDBClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(AK).withSk(SK).withProjectId(ApiClient.PROJECT))
			.withHttpConfig(httpConfig)
			.withEndpoints(List.of("http://localhost:" + port))
			.build();
	}

	/**
	 * A configuration whose listener keeps the X-Request-Id of the last reply in
	 * {@code lastRequestId}: the SDK hides response headers, and a test compares the id
	 * with the journal's or an error's.
	 */
	public static HttpConfig recordingRequestIds(AtomicReference<String> lastRequestId) {
		return HttpConfig.getDefaultHttpConfig()
			.withTimeout(10)
			.addHttpListener(HttpListener
				.forResponseListener((response) -> lastRequestId.set(header(response.headers(), "X-Request-Id"))));
	}

	private static String header(Map<String, List<String>> headers, String name) {
		return headers.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
			.map((entry) -> entry.getValue().get(0))
			.findFirst()
			.orElse(null);
	}

}
