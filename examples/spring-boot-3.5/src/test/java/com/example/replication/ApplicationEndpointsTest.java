package com.example.replication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own test, which knows nothing of the emulator: it passes in the same
 * run as the tests that start one, since nothing of the emulator (its Spring Boot, its
 * actuator, its OpenAPI document) reaches this application's classpath or context. The
 * SDK's client refuses to be built without a key, though this test calls nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "gaussdb.project-id=test-project", "gaussdb.ak=test-ak", "gaussdb.sk=test-sk" })
class ApplicationEndpointsTest {

	@Autowired
	private TestRestTemplate http;

	@ParameterizedTest
	@ValueSource(strings = { "/v3/api-docs", "/swagger-ui.html", "/actuator/health", "/_emulator/openapi.json",
			"/_emulator/info" })
	void servesNoEndpointOfTheEmulators(String path) {
		assertThat(this.http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	/** The path is the application's: it takes POST only. */
	@Test
	void servesItsOwnApi() {
		assertThat(this.http.getForEntity("/replications", String.class).getStatusCode())
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
	}

}
