package io.github.taurusdbhtapmock.junit;

import java.util.List;

import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;

/**
 * The only class of the extension that names SDK types in its code, so that the JVM loads
 * them only when a test asks for a client: a test without the SDK on its classpath uses
 * everything else.
 */
final class GaussDbClients {

	private GaussDbClients() {
	}

	static ClientBuilder<GaussDBClient> builder(String baseUrl) {
		return GaussDBClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(TaurusHtapEmulator.DEMO_ACCESS_KEY)
				.withSk(TaurusHtapEmulator.DEMO_SECRET_KEY)
				.withProjectId(TaurusHtapEmulator.DEMO_PROJECT_ID))
			.withEndpoints(List.of(baseUrl));
	}

}
