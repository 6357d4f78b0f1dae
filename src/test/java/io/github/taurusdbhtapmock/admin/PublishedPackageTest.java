package io.github.taurusdbhtapmock.admin;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.admin.api.EmulatorAdmin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The control plane's published package stands on its own: a client of the emulator can
 * use it with the JDK and Jackson's annotations only, without Spring, servlets, Jackson
 * databind or any other class of the emulator.
 */
class PublishedPackageTest {

	@Test
	void adminApiNeedsOnlyTheJdkAndJacksonAnnotations() {
		String api = EmulatorAdmin.class.getPackageName();
		JavaClasses published = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(api);
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..", api)
			.check(published);
	}

}
