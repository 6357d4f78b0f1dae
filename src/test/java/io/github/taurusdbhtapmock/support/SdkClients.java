package io.github.taurusdbhtapmock.support;

import java.util.List;

import com.huaweicloud.sdk.core.HttpListener;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;

/** The official GaussDB client pointed at an emulator on this machine, signing with the demo AK/SK. */
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

	/** A configuration whose listener is told of every response, since the SDK hides response headers. */
	public static HttpConfig withResponseListener(HttpListener listener) {
		return HttpConfig.getDefaultHttpConfig().withTimeout(10).addHttpListener(listener);
	}

}
