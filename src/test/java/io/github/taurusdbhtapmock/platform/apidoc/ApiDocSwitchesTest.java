package io.github.taurusdbhtapmock.platform.apidoc;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.ApiResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc.api-docs.enabled and springdoc.swagger-ui.enabled, read when the emulator
 * starts: a path switched off answers as every unknown path under /_emulator does, and
 * the rest keeps answering.
 */
class ApiDocSwitchesTest {

	private static final String UI_PAGE = "/_emulator/swagger-ui/index.html";

	/** What an unknown path of this method answers, for comparison. */
	private static void answersAsUnknown(ApiClient api, String path) {
		ApiResponse unknown = api.get("/_emulator/no-such-path");
		ApiResponse reply = api.get(path).assertError(404, "APIGW.0101", "The API does not exist");
		assertThat(reply.errorMessage()).isEqualTo(unknown.errorMessage().replace("/_emulator/no-such-path", path));
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "springdoc.api-docs.enabled=false")
	class DocumentOff {

		@LocalServerPort
		private int port;

		/** Swagger UI would have nothing to show. */
		@Test
		void neitherTheDocumentNorSwaggerUiExists() {
			ApiClient api = ApiClient.forPort(this.port).withHeader("X-Auth-Token", null);
			answersAsUnknown(api, ApiDocWebConfiguration.DOCUMENT_PATH);
			answersAsUnknown(api, ApiDocWebConfiguration.SWAGGER_UI_PATH);
			answersAsUnknown(api, UI_PAGE);
			answersAsUnknown(api, "/_emulator/swagger-ui/swagger-initializer.js");
			ApiClient.forPort(this.port).get(ApiClient.REPLICATION_PATH).assertOk();
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "springdoc.swagger-ui.enabled=false")
	class SwaggerUiOff {

		@LocalServerPort
		private int port;

		@Test
		void theDocumentStaysAndSwaggerUiDoesNotExist() {
			ApiClient api = ApiClient.forPort(this.port).withHeader("X-Auth-Token", null);
			assertThat(TryItOut.document(this.port).get("paths").size()).isGreaterThan(50);
			answersAsUnknown(api, ApiDocWebConfiguration.SWAGGER_UI_PATH);
			answersAsUnknown(api, UI_PAGE);
			answersAsUnknown(api, "/_emulator/swagger-ui/swagger-ui-bundle.js");
		}

	}

}
