package io.github.taurusdbhtapmock.docs;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.github.taurusdbhtapmock.support.EmulatorTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Every command and snippet of the README and of the pages a newcomer follows is run
 * somewhere:
 * <ul>
 * <li>shell statements against the emulator on localhost:8080 ({@code curl}, and the
 * variables they use) are run here, in bash, against this test's emulator, and a reply
 * printed after them as {@code # {...}} is compared;</li>
 * <li>every other shell command ({@code ./mvnw}, {@code docker}, {@code java -jar}, ...)
 * must appear verbatim in what CI runs: {@code .ci/run}, {@code scripts/smoke.sh} or the
 * GitHub workflow;</li>
 * <li>Java snippets must appear in a test (ignoring whitespace), so they compile and run:
 * the server's (src/test/java), the test kit's (testkit/src/test/java) or an example
 * project's (examples/&#42;/src/&#42;&#42;/java);</li>
 * <li>YAML snippets must appear in a file under src/;</li>
 * <li>relative links must point to files that exist.</li>
 * </ul>
 */
@TestPropertySource(properties = "emulator.test.context=documentation")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DocumentationTest extends EmulatorTest {

	/** The pages whose commands must all be verified. */
	private static final List<String> PAGES = List.of("README.md", "docs/configuration.md", "docs/sdk-java.md",
			"docs/testcontainers.md", "docs/design.md", "docs/junit.md");

	/** Where a Java snippet's test may be; see {@link #javaTestRoots()}. */
	private static final String JAVA_TEST_ROOTS = "src/test/java, testkit/src/test/java or examples/*/src/**/java";

	/** What CI runs. */
	private static final List<String> CI_FILES = List.of(".ci/run", ".github/workflows/ci.yml", "scripts/smoke.sh");

	private static final Pattern FENCE = Pattern.compile("(?ms)^```([a-z]*)\\n(.*?)^```");

	private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

	private static final String DOCUMENTED_URL = "http://localhost:8080";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Block(String page, String language, String text) {
	}

	/**
	 * A shell statement, and the comment lines right after it (the reply the page shows).
	 */
	record Statement(String page, String text, List<String> comments) {

		boolean runsAgainstTheEmulator() {
			return ASSIGNMENT.matcher(this.text).matches() || (this.text.startsWith("curl ")
					&& (this.text.contains(DOCUMENTED_URL + "/") || this.text.contains("$BASE")));
		}

	}

	private static List<Block> blocks() throws IOException {
		List<Block> blocks = new ArrayList<>();
		for (String page : PAGES) {
			Matcher fence = FENCE.matcher(read(Path.of(page)));
			while (fence.find()) {
				blocks.add(new Block(page, fence.group(1), fence.group(2)));
			}
		}
		return blocks;
	}

	private static List<Block> blocks(String... languages) throws IOException {
		List<String> wanted = List.of(languages);
		return blocks().stream().filter((block) -> wanted.contains(block.language())).toList();
	}

	/**
	 * Splits shell text into statements: a newline ends one unless quoted or escaped with
	 * a backslash.
	 */
	static List<Statement> statements(String page, String shell) {
		List<Statement> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		char quote = 0;
		for (String line : shell.split("\n", -1)) {
			String trimmed = line.strip();
			if (quote == 0 && current.isEmpty()) {
				if (trimmed.startsWith("#")) {
					if (!statements.isEmpty()) {
						statements.get(statements.size() - 1).comments().add(trimmed.substring(1).strip());
					}
					continue;
				}
				if (trimmed.isEmpty()) {
					continue;
				}
			}
			for (char c : line.toCharArray()) {
				if (quote == 0 && (c == '\'' || c == '"')) {
					quote = c;
				}
				else if (c == quote) {
					quote = 0;
				}
			}
			if (quote == 0 && line.endsWith("\\")) {
				current.append(line, 0, line.length() - 1).append(' ');
			}
			else if (quote != 0) {
				current.append(line).append('\n');
			}
			else {
				current.append(line);
				statements.add(new Statement(page, current.toString().strip(), new ArrayList<>()));
				current.setLength(0);
			}
		}
		assertThat(current.toString().strip()).as("unterminated statement in %s", page).isEmpty();
		return statements;
	}

	private static List<Statement> shellStatements() throws IOException {
		List<Statement> statements = new ArrayList<>();
		for (Block block : blocks("sh", "bash")) {
			statements.addAll(statements(block.page(), block.text()));
		}
		return statements;
	}

	@Test
	void everyOtherCommandIsRunByCi() throws IOException {
		StringBuilder ci = new StringBuilder();
		for (String file : CI_FILES) {
			ci.append(read(Path.of(file))).append('\n');
		}
		String normalizedCi = normalizeShell(ci.toString());
		List<Statement> others = shellStatements().stream().filter((s) -> !s.runsAgainstTheEmulator()).toList();
		assertThat(others).isNotEmpty();
		for (Statement statement : others) {
			assertThat(normalizedCi.contains(normalizeShell(statement.text())))
				.as("%s: `%s` is run by .ci/run, scripts/smoke.sh or the workflow", statement.page(), statement.text())
				.isTrue();
		}
	}

	@Test
	void curlExamplesAnswerAsShown(@TempDir Path work) throws IOException, InterruptedException {
		assumeThat(Path.of("/bin/bash")).as("bash").exists();
		List<Statement> statements = shellStatements().stream().filter(Statement::runsAgainstTheEmulator).toList();
		assertThat(statements).isNotEmpty();
		StringBuilder script = new StringBuilder("set -e\n");
		String url = "http://localhost:" + port();
		for (int i = 0; i < statements.size(); i++) {
			String text = statements.get(i).text().replace(DOCUMENTED_URL, url);
			if (ASSIGNMENT.matcher(text).matches()) {
				script.append(text).append('\n');
			}
			else {
				script.append(text).append(" > '").append(work.resolve("out" + i)).append("'\n");
			}
		}
		Path file = work.resolve("examples.sh");
		Files.writeString(file, script, StandardCharsets.UTF_8);
		Process bash = new ProcessBuilder("/bin/bash", file.toString()).redirectErrorStream(true).start();
		String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(bash.exitValue()).as("bash %s:%n%s%n%s", file, script, output).isZero();
		for (int i = 0; i < statements.size(); i++) {
			Statement statement = statements.get(i);
			if (ASSIGNMENT.matcher(statement.text()).matches()) {
				continue;
			}
			String reply = read(work.resolve("out" + i));
			assertThat(reply).as("%s: reply of `%s`", statement.page(), statement.text()).startsWith("{");
			JsonNode actual = JSON.readTree(reply);
			assertThat(actual.has("error_code")).as("%s: `%s` answered %s", statement.page(), statement.text(), reply)
				.isEqualTo(statement.comments().stream().anyMatch((c) -> c.contains("\"error_code\"")));
			for (String comment : statement.comments()) {
				if (comment.startsWith("{")) {
					JsonNode shown = JSON.readTree(comment);
					assertThat(actual.propertyNames())
						.as("%s: fields of the reply of `%s`", statement.page(), statement.text())
						.containsExactlyInAnyOrderElementsOf(shown.propertyNames());
					if (shown.has("error_code")) {
						assertThat(actual.get("error_code")).isEqualTo(shown.get("error_code"));
						assertThat(actual.get("error_msg").asString())
							.startsWith(shown.get("error_msg").asString().split("。|\\. ")[0]);
					}
				}
			}
		}
	}

	@Test
	void javaSnippetsAreTestCode() throws IOException {
		StringBuilder code = new StringBuilder();
		for (Path root : javaTestRoots()) {
			code.append(normalizedFiles(root));
		}
		String tests = code.toString();
		List<Block> snippets = blocks("java");
		assertThat(snippets).isNotEmpty();
		for (Block snippet : snippets) {
			assertThat(tests.contains(removeWhitespace(snippet.text())))
				.as("%s: this Java snippet appears in a test under %s:%n%s", snippet.page(), JAVA_TEST_ROOTS,
						snippet.text())
				.isTrue();
		}
	}

	/**
	 * The server's and the test kit's test sources, and every source folder of the
	 * example projects (src/test/java, src/main/java, ...) that exists.
	 */
	private static List<Path> javaTestRoots() throws IOException {
		List<Path> roots = new ArrayList<>(List.of(Path.of("src/test/java"), Path.of("testkit/src/test/java")));
		Path examples = Path.of("examples");
		if (Files.isDirectory(examples)) {
			try (Stream<Path> folders = Files.walk(examples)) {
				folders
					.filter((folder) -> folder.getNameCount() >= 4 && folder.getName(2).toString().equals("src")
							&& folder.getFileName().toString().equals("java") && Files.isDirectory(folder))
					.sorted()
					.forEach(roots::add);
			}
		}
		return roots;
	}

	@Test
	void yamlSnippetsAreRealFiles() throws IOException {
		String sources = normalizedFiles(Path.of("src"));
		for (Block snippet : blocks("yaml", "yml")) {
			assertThat(sources.contains(removeWhitespace(snippet.text())))
				.as("%s: this YAML appears in a file under src/:%n%s", snippet.page(), snippet.text())
				.isTrue();
		}
	}

	/**
	 * Every key of every @ConfigurationProperties record of the emulator has a row in
	 * docs/configuration.md.
	 */
	@Test
	void everyConfigurationKeyIsDocumented() throws IOException, ClassNotFoundException {
		String page = read(Path.of("docs/configuration.md"));
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<String> keys = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.github.taurusdbhtapmock")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			if (prefix.isEmpty()) {
				prefix = type.getAnnotation(ConfigurationProperties.class).prefix();
			}
			assertThat(type.isRecord()).as("%s is a record", type).isTrue();
			for (RecordComponent component : type.getRecordComponents()) {
				keys.add(prefix + "."
						+ component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
			}
		}
		assertThat(keys).isNotEmpty();
		assertThat(keys.stream().filter((key) -> !page.contains("`" + key)).toList())
			.as("configuration keys without a row in docs/configuration.md")
			.isEmpty();
	}

	@Test
	void relativeLinksPointToFiles() throws IOException {
		for (String page : PAGES) {
			Matcher link = LINK.matcher(read(Path.of(page)));
			while (link.find()) {
				String target = link.group(1);
				if (!target.contains("://")) {
					assertThat(Path.of(page).resolveSibling(target)).as("link %s in %s", target, page).exists();
				}
			}
		}
	}

	private static String normalizedFiles(Path root) throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".java") || name.endsWith(".yml") || name.endsWith(".yaml")) {
					all.append(removeWhitespace(read(file))).append('\n');
				}
			}
		}
		return all.toString();
	}

	private static String removeWhitespace(String text) {
		return text.replaceAll("\\s+", "");
	}

	/** Line continuations joined and runs of blanks made one, as a shell reads them. */
	private static String normalizeShell(String text) {
		return text.replaceAll("\\\\\\n", " ").replaceAll("[ \\t]+", " ");
	}

	private static String read(Path path) throws IOException {
		return Files.readString(path, StandardCharsets.UTF_8);
	}

}
