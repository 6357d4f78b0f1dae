package io.github.taurusdbhtapmock.platform.apidoc;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;

import org.springframework.context.annotation.Bean;

/**
 * What springdoc needs to generate the OpenAPI document that the emulator serves at
 * /_emulator/openapi.json (src/main/resources/apidoc/openapi.json): its title, its two
 * tags (the emulated API and the control plane) and the customizer. Not a component, so
 * that no other test's context scans it: only ApiDocumentUpToDateTest imports it, with
 * springdoc switched on.
 */
class ApiDocConfiguration {

	@Bean
	OpenAPI emulatorOpenApi() {
		return new OpenAPI()
			.info(new Info().title("TaurusDB HTAP (StarRocks) API: taurusdb-htap-mock").version("v3").description("""
					The operations this emulator serves, with the official field names and JSON types. \
					Operation ids are the official SDK's operation names. The examples use the demo topology \
					(project 0123456789abcdef0123456789abcdef, StarRocks instance \
					aaaabbbbccccddddeeeeffff00001111in17), so "Try it out" works against a freshly started \
					emulator: run CreateStarRocksDataReplication first (running it again answers 409: change \
					task_name, or run reset under "Emulator control plane" to start afresh). Writes start jobs \
					that run 2 seconds, and a task takes no new write while one runs. docs/api.md in the \
					repository describes every rule and reply.

					"Emulator control plane" is the emulator's own API under /_emulator, for tests: reset, \
					topology, state, the request journal, fault rules, jobs and the clock \
					(docs/control-plane.md). Its operation ids are the method names of the Java contract \
					EmulatorAdmin."""))
			.tags(List.of(new Tag().name(EmulatorOpenApiCustomizer.TAG).description("The emulated cloud API."),
					new Tag().name(EmulatorOpenApiCustomizer.CONTROL_PLANE_TAG)
						.description("The emulator's own API, for tests; not part of the cloud service.")));
	}

	@Bean
	EmulatorOpenApiCustomizer emulatorOpenApiCustomizer() {
		return new EmulatorOpenApiCustomizer();
	}

}
