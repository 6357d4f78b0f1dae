package io.github.taurusdbhtapmock.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control plane's published package stands on its own: a client of the emulator can
 * use it with the JDK and Jackson's annotations only, without Spring, servlets, Jackson
 * databind or any other class of the emulator. Its sources are the contract's own source
 * folder, src/contract/java, which the test kit compiles too; the server compiles them
 * with its classes.
 */
class PublishedPackageTest {

	private static final String API = EmulatorAdmin.class.getPackageName();

	private static final Path PACKAGE_PATH = Path.of(API.replace('.', '/'));

	private static JavaClasses published;

	@BeforeAll
	static void importPublishedClasses() {
		published = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(API);
	}

	@Test
	void adminApiNeedsOnlyTheJdkAndJacksonAnnotations() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..", API)
			.check(published);
	}

	/**
	 * The classes of the package the server runs are those of src/contract/java, and no
	 * copy of the package lives among the server's own sources.
	 */
	@Test
	void itsClassesAreCompiledFromTheContractSourceFolder() throws IOException {
		List<String> compiled = published.stream()
			.filter((type) -> type.getPackageName().equals(API) && type.isTopLevelClass())
			.map(JavaClass::getSimpleName)
			.sorted()
			.toList();

		assertThat(compiled).contains(EmulatorAdmin.class.getSimpleName())
			.containsExactlyElementsOf(topLevelTypes(Path.of("src/contract/java").resolve(PACKAGE_PATH)));
		assertThat(Path.of("src/main/java").resolve(PACKAGE_PATH)).doesNotExist();
	}

	private static List<String> topLevelTypes(Path sourceFolder) throws IOException {
		try (Stream<Path> files = Files.list(sourceFolder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".java"))
				.map((name) -> name.substring(0, name.length() - ".java".length()))
				.sorted()
				.toList();
		}
	}

}
