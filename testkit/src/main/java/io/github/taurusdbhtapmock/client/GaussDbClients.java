package io.github.taurusdbhtapmock.client;

import java.util.List;

import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;

import io.github.taurusdbhtapmock.admin.api.DemoTopology;

/**
 * The official SDK's client for an emulator, signing with the demo key for the demo
 * project. The only class of the kit that names SDK types in its code, so that the JVM
 * loads them only when a test asks for a client: a test without the SDK on its classpath
 * uses everything else.
 */
public final class GaussDbClients {

	private GaussDbClients() {
	}

	/**
	 * The builder of a {@code GaussDBClient} pointed at {@code baseUrl}; change what you
	 * need (credentials, HTTP configuration) before {@code build()}.
	 * @throws IllegalStateException when the SDK is not on the classpath
	 */
	public static ClientBuilder<GaussDBClient> builder(String baseUrl) {
		try {
			return Sdk.builder(baseUrl);
		}
		catch (NoClassDefFoundError ex) {
			throw new IllegalStateException("a GaussDB client needs the official SDK on the test classpath: "
					+ "add com.huaweicloud.sdk:huaweicloud-sdk-gaussdb (scope test)", ex);
		}
	}

	/** Loaded only when a client is asked for. */
	private static final class Sdk {

		static ClientBuilder<GaussDBClient> builder(String baseUrl) {
			return GaussDBClient.newBuilder()
				.withCredential(new BasicCredentials().withAk(DemoTopology.ACCESS_KEY)
					.withSk(DemoTopology.SECRET_KEY)
					.withProjectId(DemoTopology.PROJECT_ID))
				.withEndpoints(List.of(baseUrl));
		}

	}

}
