package com.example.replication;

import java.util.List;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.gaussdb.v3.GaussDBClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GaussDbConfiguration {

	/** The official SDK's client; an explicit endpoint rather than a region. */
	@Bean
	GaussDBClient gaussDbClient(GaussDbProperties properties) {
		return GaussDBClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(properties.ak())
				.withSk(properties.sk())
				.withProjectId(properties.projectId()))
			.withEndpoints(List.of(properties.endpoint()))
			.build();
	}

}
