package io.github.taurusdbhtapmock.junit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.huaweicloud.sdk.gaussdb.v3.model.ListStarRocksDataReplicationsRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import io.github.taurusdbhtapmock.admin.api.Fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * When the extension starts, shares, resets and stops emulators, watched from outside:
 * the fixture classes below run through the JUnit launcher (surefire skips nested
 * classes) and record what they were given.
 */
class ExtensionLifecycleTest {

	/** What the fixtures saw, by name. */
	static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

	@BeforeEach
	void forget() {
		SEEN.clear();
	}

	@Test
	void eachClassHasItsOwnEmulatorStoppedWhenTheClassEnds() {
		run(PerClassA.class, PerClassB.class);

		TaurusHtapEmulator a = emulator("PerClassA.first");
		assertThat(seen("PerClassA.second")).isSameAs(a);
		assertThat(seen("PerClassB.first")).isNotSameAs(a);
		assertThat(seen("PerClassA.runningWhileBRuns")).isEqualTo(false);
		assertThat(a.isRunning()).isFalse();
		assertThat(emulator("PerClassB.first").isRunning()).isFalse();
	}

	@Test
	void aSharedEmulatorServesEveryClassWithTheSameSettingsUntilTheRunEnds() {
		run(SharedA.class, SharedB.class, SharedWithOtherSettings.class);

		TaurusHtapEmulator shared = emulator("SharedA.first");
		assertThat(seen("SharedB.first")).isSameAs(shared);
		assertThat(seen("SharedB.sharedStillRunning")).isEqualTo(true);
		assertThat(seen("SharedWithOtherSettings.first")).isNotSameAs(shared);
		assertThat(shared.isRunning()).as("stopped with the run's root store").isFalse();
	}

	@Test
	void eachTestStartsFromAResetEmulatorByDefault() {
		run(ResetBetweenTests.class, KeepStateBetweenTests.class);

		assertThat(seen("ResetBetweenTests.faultsInSecondTest")).isEqualTo(0);
		assertThat(seen("ResetBetweenTests.journalInSecondTest")).isEqualTo(0);
		assertThat(seen("KeepStateBetweenTests.faultsInSecondTest")).isEqualTo(1);
	}

	@Test
	void theHandleReachesParametersFieldsAndTheRegisteringField() {
		run(StaticRegistration.class, InstanceRegistration.class, Outer.class);

		TaurusHtapEmulator parameter = emulator("StaticRegistration.parameter");
		assertThat(seen("StaticRegistration.beforeAll")).isSameAs(parameter);
		assertThat(seen("StaticRegistration.staticField")).isSameAs(parameter);
		assertThat(seen("StaticRegistration.field")).isSameAs(parameter);
		assertThat(seen("StaticRegistration.extension")).isSameAs(parameter);
		assertThat(seen("StaticRegistration.manual")).isEqualTo(true);
		assertThat(seen("InstanceRegistration.parameter")).isInstanceOf(TaurusHtapEmulator.class);
		assertThat(seen("InstanceRegistration.field")).isSameAs(seen("InstanceRegistration.parameter"));
		assertThat(seen("Outer.Inner.field")).isSameAs(seen("Outer.field"));
	}

	private static Object seen(String name) {
		assertThat(SEEN).as("recorded by the fixtures").containsKey(name);
		return SEEN.get(name);
	}

	private static TaurusHtapEmulator emulator(String name) {
		return (TaurusHtapEmulator) seen(name);
	}

	private static void run(Class<?>... fixtures) {
		LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
		for (Class<?> fixture : fixtures) {
			request.selectors(selectClass(fixture));
		}
		LauncherDiscoveryRequest discovery = request.build();
		Launcher launcher = LauncherFactory.create();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		launcher.execute(discovery, listener);
		TestExecutionSummary summary = listener.getSummary();
		assertThat(summary.getFailures())
			.as("fixture failures: %s",
					summary.getFailures()
						.stream()
						.map((failure) -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
						.toList())
			.isEmpty();
		assertThat(summary.getTestsSucceededCount()).isPositive();
	}

	@TaurusHtapEmulatorTest
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class PerClassA {

		@Test
		@Order(1)
		void first(TaurusHtapEmulator emulator) {
			SEEN.put("PerClassA.first", emulator);
		}

		@Test
		@Order(2)
		void second(TaurusHtapEmulator emulator) {
			SEEN.put("PerClassA.second", emulator);
		}

	}

	@TaurusHtapEmulatorTest
	static class PerClassB {

		@Test
		void first(TaurusHtapEmulator emulator) {
			SEEN.put("PerClassB.first", emulator);
			TaurusHtapEmulator a = (TaurusHtapEmulator) SEEN.get("PerClassA.first");
			SEEN.put("PerClassA.runningWhileBRuns", a.isRunning());
		}

	}

	@TaurusHtapEmulatorTest(shared = true, properties = "emulator.jobs.duration=0s")
	static class SharedA {

		@Test
		void first(TaurusHtapEmulator emulator) {
			SEEN.put("SharedA.first", emulator);
		}

	}

	@TaurusHtapEmulatorTest(shared = true, properties = "emulator.jobs.duration=0s")
	static class SharedB {

		@Test
		void first(TaurusHtapEmulator emulator) {
			SEEN.put("SharedB.first", emulator);
			SEEN.put("SharedB.sharedStillRunning", ((TaurusHtapEmulator) SEEN.get("SharedA.first")).isRunning());
		}

	}

	@TaurusHtapEmulatorTest(shared = true, properties = "emulator.jobs.duration=1s")
	static class SharedWithOtherSettings {

		@Test
		void first(TaurusHtapEmulator emulator) {
			SEEN.put("SharedWithOtherSettings.first", emulator);
		}

	}

	@TaurusHtapEmulatorTest
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class ResetBetweenTests {

		@Test
		@Order(1)
		void leaveAFaultAndAJournal(TaurusHtapEmulator emulator) {
			emulator.addFault(Fault.on("ModifyDataSync").drop());
			emulator.gaussDbClient()
				.listStarRocksDataReplications(new ListStarRocksDataReplicationsRequest()
					.withInstanceId(TaurusHtapEmulator.DEMO_STARROCKS_INSTANCE_ID)
					.withXLanguage("en-us"));
			assertThat(emulator.journal()).hasSize(1);
		}

		@Test
		@Order(2)
		void findThemGone(TaurusHtapEmulator emulator) {
			SEEN.put("ResetBetweenTests.faultsInSecondTest", emulator.faults().size());
			SEEN.put("ResetBetweenTests.journalInSecondTest", emulator.journal().size());
		}

	}

	@TaurusHtapEmulatorTest(resetBeforeEach = false)
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class KeepStateBetweenTests {

		@Test
		@Order(1)
		void leaveAFault(TaurusHtapEmulator emulator) {
			emulator.addFault(Fault.on("ModifyDataSync").drop());
		}

		@Test
		@Order(2)
		void findItStill(TaurusHtapEmulator emulator) {
			SEEN.put("KeepStateBetweenTests.faultsInSecondTest", emulator.faults().size());
		}

	}

	static class StaticRegistration {

		@RegisterExtension
		static final TaurusHtapEmulatorExtension EXTENSION = TaurusHtapEmulatorExtension.builder()
			.manualClock()
			.build();

		static TaurusHtapEmulator staticField;

		TaurusHtapEmulator field;

		@BeforeAll
		static void beforeAll(TaurusHtapEmulator emulator) {
			SEEN.put("StaticRegistration.beforeAll", emulator);
		}

		@Test
		void test(TaurusHtapEmulator emulator) {
			SEEN.put("StaticRegistration.parameter", emulator);
			SEEN.put("StaticRegistration.staticField", staticField);
			SEEN.put("StaticRegistration.field", this.field);
			SEEN.put("StaticRegistration.extension", EXTENSION.emulator());
			SEEN.put("StaticRegistration.manual", emulator.isManualClock());
		}

	}

	static class InstanceRegistration {

		@RegisterExtension
		final TaurusHtapEmulatorExtension extension = TaurusHtapEmulatorExtension.builder().build();

		TaurusHtapEmulator field;

		@Test
		void test(TaurusHtapEmulator emulator) {
			SEEN.put("InstanceRegistration.parameter", emulator);
			SEEN.put("InstanceRegistration.field", this.field);
		}

	}

	@TaurusHtapEmulatorTest
	static class Outer {

		TaurusHtapEmulator field;

		@Test
		void test() {
			SEEN.put("Outer.field", this.field);
		}

		@Nested
		class Inner {

			TaurusHtapEmulator field;

			@Test
			void test() {
				SEEN.put("Outer.Inner.field", this.field);
			}

		}

	}

}
