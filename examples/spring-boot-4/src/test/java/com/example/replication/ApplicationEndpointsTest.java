package com.example.replication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The application's own test, which knows nothing of the emulator: it passes in the same
 * run as the tests that start one, since nothing of the emulator (its Spring Boot, its
 * actuator, its OpenAPI document) reaches this application's classpath or context. The
 * SDK's client refuses to be built without a key, though this test calls nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "gaussdb.project-id=test-project", "gaussdb.ak=test-ak", "gaussdb.sk=test-sk" })
@AutoConfigureRestTestClient
class ApplicationEndpointsTest {

	@Autowired
	private RestTestClient http;

	@ParameterizedTest
	@ValueSource(strings = { "/v3/api-docs", "/swagger-ui.html", "/actuator/health", "/_emulator/openapi.json",
			"/_emulator/info" })
	void servesNoEndpointOfTheEmulators(String path) {
		this.http.get().uri(path).exchange().expectStatus().isNotFound();
	}

	/** The path is the application's: it takes POST only. */
	@Test
	void servesItsOwnApi() {
		this.http.get().uri("/replications").exchange().expectStatus().isEqualTo(405);
	}

}
