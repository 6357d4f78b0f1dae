package io.github.taurusdbhtapmock.platform.apidoc;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The OpenAPI document at /_emulator/openapi.json and Swagger UI at
 * /_emulator/swagger-ui, outside the emulated /v3 namespace and its credential check (the
 * control plane's guard leaves them open too). Both are static: the document is generated
 * by springdoc in the tests (ApiDocumentUpToDateTest) and committed, because it never
 * changes while the emulator runs and generating it would load springdoc, swagger-core
 * and Jackson 2 (about a thousand classes) on every start.
 *
 * <p>
 * The two switches keep the names they had when springdoc served these paths. They are
 * read here when the emulator starts, not by a condition, which the jar's generated bean
 * definitions (process-aot) would have fixed at build time. Switched off, a path is not
 * routed at all and answers as every unknown path does ({@code 404 APIGW.0101}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocWebConfiguration implements WebMvcConfigurer {

	static final String DOCUMENT_PATH = "/_emulator/openapi.json";

	static final String SWAGGER_UI_PATH = "/_emulator/swagger-ui";

	/** Our own files (the initializer), ahead of the webjar's of the same name. */
	private static final String OWN_SWAGGER_UI_FILES = "classpath:/apidoc/swagger-ui/";

	private final boolean documentEnabled;

	private final boolean swaggerUiEnabled;

	ApiDocWebConfiguration(@Value("${springdoc.api-docs.enabled:true}") boolean documentEnabled,
			@Value("${springdoc.swagger-ui.enabled:true}") boolean swaggerUiEnabled) {
		this.documentEnabled = documentEnabled;
		// Swagger UI only shows the document: without it there is nothing to show
		this.swaggerUiEnabled = documentEnabled && swaggerUiEnabled;
	}

	/**
	 * The document, and the redirect from Swagger UI's path to its page (as springdoc
	 * answered it: 302 with a Location relative to the host, so it holds behind any proxy
	 * or port mapping).
	 */
	@Bean
	RouterFunction<ServerResponse> apiDocRoutes() {
		if (!this.documentEnabled) {
			return (request) -> Optional.empty();
		}
		RouterFunctions.Builder routes = RouterFunctions.route()
			.route(getOrHead(DOCUMENT_PATH), new ApiDocument(ApiDocWebConfiguration.class.getClassLoader()));
		if (this.swaggerUiEnabled) {
			URI page = URI.create(SWAGGER_UI_PATH + "/index.html");
			routes.route(getOrHead(SWAGGER_UI_PATH),
					(request) -> ServerResponse.status(HttpStatus.FOUND).location(page).build());
		}
		return routes.build();
	}

	/** HEAD as well, as for every GET handler of Spring MVC's and every static file. */
	private static RequestPredicate getOrHead(String path) {
		return RequestPredicates.GET(path).or(RequestPredicates.HEAD(path));
	}

	/**
	 * Swagger UI's files from its webjar, but for the initializer that points it at the
	 * document. Spring Boot's own static mappings stay off
	 * ({@code spring.web.resources.add-mappings: false}): this one serves nothing else.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		if (this.swaggerUiEnabled) {
			registry.addResourceHandler(SWAGGER_UI_PATH + "/**")
				.addResourceLocations(OWN_SWAGGER_UI_FILES,
						SwaggerUiWebJar.location(ApiDocWebConfiguration.class.getClassLoader()));
		}
	}

}
