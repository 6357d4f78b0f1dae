package io.github.taurusdbhtapmock;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The tiers and the edges allowed between them (docs/design.md, "Tiers"). The emulated
 * service sees only the shared platform; the gateway in front of it sees neither the
 * service nor the control plane; the embedded entry point, a front door like the
 * application class, may use every tier and no tier uses it; and no two tiers, nor two
 * features of a tier, depend on each other both ways.
 */
class ArchitectureTest {

	private static final String ROOT = "io.github.taurusdbhtapmock";

	private static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		// not the bean definitions that the build's ahead-of-time processing generates
		// (Foo__BeanDefinitions, ...), which target/classes holds after a package
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption((location) -> !location.contains("__"))
			.importPackages(ROOT);
	}

	@Test
	void thePlatformDependsOnNoTier() {
		noClasses().that()
			.resideInAPackage(ROOT + ".platform..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(tiers("service", "gateway", "admin", "observability", "embedded"))
			.check(classes);
	}

	@Test
	void theServiceDependsOnThePlatformOnly() {
		noClasses().that()
			.resideInAPackage(ROOT + ".service..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(tiers("gateway", "admin", "observability", "embedded"))
			.check(classes);
	}

	@Test
	void theGatewayKnowsNeitherTheServiceNorTheControlPlane() {
		noClasses().that()
			.resideInAPackage(ROOT + ".gateway..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(tiers("service", "admin", "observability", "embedded"))
			.check(classes);
	}

	@Test
	void theControlPlaneIsNotObserved() {
		noClasses().that()
			.resideInAPackage(ROOT + ".admin..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(tiers("observability", "embedded"))
			.check(classes);
	}

	@Test
	void noTierUsesTheEmbeddedEntryPoint() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT + ".embedded..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".embedded..")
			.check(classes);
	}

	/**
	 * The tiers of the table and the application class: a new top-level package is a
	 * decision for docs/design.md first.
	 */
	@Test
	void everyClassIsInATier() {
		classes().that()
			.doNotBelongToAnyOf(TaurusHtapEmulatorApplication.class)
			.should()
			.resideInAnyPackage(tiers("service", "gateway", "admin", "observability", "platform", "embedded"))
			.check(classes);
	}

	@Test
	void tiersHaveNoCycles() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching(ROOT + ".(*).(*)..").should().beFreeOfCycles().check(classes);
	}

	private static String[] tiers(String... names) {
		String[] packages = new String[names.length];
		for (int i = 0; i < names.length; i++) {
			packages[i] = ROOT + "." + names[i] + "..";
		}
		return packages;
	}

}
