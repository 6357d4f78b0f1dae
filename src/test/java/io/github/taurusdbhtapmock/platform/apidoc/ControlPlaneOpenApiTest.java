package io.github.taurusdbhtapmock.platform.apidoc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control plane's examples in the OpenAPI document, sent as Swagger UI's "Try it out"
 * sends them, against an emulator started with its defaults (system clock, 2 s jobs), as
 * a user starts one: each answers as ApiOperations.CONTROL_PLANE declares, and reset lets
 * a user start afresh when an example of the emulated API answers 409 because an earlier
 * call created its task already.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ControlPlaneOpenApiTest {

	@LocalServerPort
	private int port;

	private ApiClient browser;

	private JsonNode document;

	/** Swagger UI sends no credentials of its own. */
	@BeforeEach
	void open() {
		this.browser = ApiClient.forPort(this.port).withHeader("X-Auth-Token", null);
		this.document = TryItOut.document(this.port);
	}

	@Test
	void everyControlPlaneExampleAnswersAsDeclared() {
		for (ApiOperation described : ApiOperations.CONTROL_PLANE) {
			TryItOut.Documented operation = TryItOut.find(this.document, described.operationId());
			assertThat(operation.bodyExample().isMissingNode()).as("%s has a body example", described.operationId())
				.isEqualTo(!described.hasBodyExample());
			ApiResponse reply = TryItOut.send(this.browser, operation);
			if (described.exampleErrorCode() == null) {
				assertThat(reply.status()).as("%s example: %s", described.operationId(), reply.body())
					.isBetween(200, 299);
				assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
				assertThat(reply.header("X-Request-Id")).isNotBlank();
				assertThat(reply.json().isObject()).as(reply.body()).isTrue();
			}
			else {
				reply.assertError(reply.status(), described.exampleErrorCode(), "");
				assertThat(reply.status()).as("%s example: %s", described.operationId(), reply.body())
					.isBetween(400, 499);
			}
		}
	}

	@Test
	void resetLetsTheCreateExampleRunAgain() {
		TryItOut.Documented create = TryItOut.find(this.document, "CreateStarRocksDataReplication");
		TryItOut.Documented reset = TryItOut.find(this.document, "reset");
		TryItOut.send(this.browser, reset).assertOk();
		TryItOut.send(this.browser, create).assertOk();
		// a task left behind, as by the README's curl examples: its job long over
		TryItOut.send(this.browser, TryItOut.find(this.document, "completeRunningJobs")).assertOk();

		TryItOut.send(this.browser, create).assertError(409, "DBS.280406", "");

		assertThat(TryItOut.send(this.browser, reset).assertOk().text("reset")).isEqualTo("*");
		TryItOut.send(this.browser, create).assertOk();
		TryItOut.send(this.browser, reset).assertOk();
	}

}
