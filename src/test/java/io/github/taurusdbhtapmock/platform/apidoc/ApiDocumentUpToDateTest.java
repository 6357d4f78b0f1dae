package io.github.taurusdbhtapmock.platform.apidoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the emulator serves, committed as
 * src/main/resources/apidoc/openapi.json, is the one springdoc generates now from the
 * handlers, {@link ApiOperations} and the examples under src/test/resources/apidoc/. This
 * is the only test that runs springdoc (every other test sees the emulator as the jar
 * runs it, without springdoc: src/test/resources/application.properties), on a path of
 * its own so that it does not stand in front of the committed document. After a change to
 * an operation, regenerate the file with
 * {@code ./mvnw test -Dtest=ApiDocumentUpToDateTest -Dapidoc.write=true}.
 *
 * <p>
 * springdoc's settings: switched on (the exclusion emptied), at a path of its own,
 * without its Swagger UI, over the emulated API and the control plane only,
 * pretty-printed (the committed file is read in reviews), and without its cache, to which
 * it would add the request's origin again on every later request (the customizer removes
 * it from what it builds).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.autoconfigure.exclude=", "springdoc.api-docs.path=" + ApiDocumentUpToDateTest.GENERATED,
				"springdoc.swagger-ui.enabled=false", "springdoc.paths-to-match=/v3/**, /_emulator/**",
				"springdoc.cache.disabled=true", "springdoc.writer-with-default-pretty-printer=true" })
@Import(ApiDocConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ApiDocumentUpToDateTest {

	static final String GENERATED = "/_emulator/generated-openapi.json";

	private static final Path COMMITTED = Path.of("src/main/resources/" + ApiDocument.RESOURCE);

	private static final String REGENERATE = "./mvnw test -Dtest=ApiDocumentUpToDateTest -Dapidoc.write=true";

	/** More would bury the message; one is enough to start from. */
	private static final int DIFFERENCES_SHOWN = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void theCommittedDocumentIsTheGeneratedOne() throws IOException {
		String generatedText = TryItOut.text(this.port, GENERATED);
		JsonNode generated = JSON.readTree(generatedText);
		assertThat(generated.at("/paths").size()).as("operations documented").isGreaterThan(50);
		assertThat(generated.has("servers")).as("the document names no server: it is its own origin's").isFalse();
		if (Boolean.getBoolean("apidoc.write")) {
			Files.writeString(COMMITTED, generatedText.strip() + "\n", StandardCharsets.UTF_8);
		}
		JsonNode committed = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
		List<String> differences = new ArrayList<>();
		differences("", committed, generated, differences);
		assertThat(differences)
			.as("%s is out of date with the handlers, ApiOperations or the examples: regenerate it with %s. "
					+ "Where it differs from the generated document (JSON pointers)", COMMITTED, REGENERATE)
			.isEmpty();
		assertThat(committed).isEqualTo(generated);
	}

	/**
	 * The JSON pointers where two documents differ, up to {@link #DIFFERENCES_SHOWN}:
	 * objects member by member (in any order), arrays element by element, anything else
	 * as a whole.
	 */
	private static void differences(String pointer, JsonNode committed, JsonNode generated, List<String> found) {
		if (found.size() >= DIFFERENCES_SHOWN || committed.equals(generated)) {
			return;
		}
		if (committed.isObject() && generated.isObject()) {
			Set<String> names = new TreeSet<>(committed.propertyNames());
			names.addAll(generated.propertyNames());
			for (String name : names) {
				String member = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
				if (!committed.has(name) || !generated.has(name)) {
					found.add(member + (committed.has(name) ? " (only committed)" : " (only generated)"));
				}
				else {
					differences(member, committed.get(name), generated.get(name), found);
				}
			}
		}
		else if (committed.isArray() && generated.isArray() && committed.size() == generated.size()) {
			for (int i = 0; i < committed.size(); i++) {
				differences(pointer + "/" + i, committed.get(i), generated.get(i), found);
			}
		}
		else {
			found.add(pointer + ": committed " + abbreviated(committed) + ", generated " + abbreviated(generated));
		}
	}

	private static String abbreviated(JsonNode node) {
		String text = node.toString();
		return (text.length() <= 80) ? text : text.substring(0, 77) + "...";
	}

}
