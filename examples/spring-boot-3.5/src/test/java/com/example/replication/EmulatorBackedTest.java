package com.example.replication;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.taurusdbhtapmock.junit.TaurusHtapEmulator;
import io.github.taurusdbhtapmock.junit.TaurusHtapEmulatorExtension;

/**
 * The application, its GaussDB client pointed at an emulator that the kit runs in this
 * JVM. Every test class that extends this one shares one Spring context and one emulator:
 * the emulator is {@code shared}, so the URL the cached context was built with stays
 * valid for the whole run; it is still reset before each test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class EmulatorBackedTest {

	@RegisterExtension
	static final TaurusHtapEmulatorExtension EMULATOR = TaurusHtapEmulatorExtension.builder()
		.shared(true)
		.property("emulator.jobs.duration", "0s")
		.build();

	@DynamicPropertySource
	static void gaussDbIsTheEmulator(DynamicPropertyRegistry registry) {
		registry.add("gaussdb.endpoint", () -> EMULATOR.emulator().baseUrl());
		registry.add("gaussdb.project-id", () -> TaurusHtapEmulator.DEMO_PROJECT_ID);
		registry.add("gaussdb.ak", () -> TaurusHtapEmulator.DEMO_ACCESS_KEY);
		registry.add("gaussdb.sk", () -> TaurusHtapEmulator.DEMO_SECRET_KEY);
		registry.add("gaussdb.instance-id", () -> TaurusHtapEmulator.DEMO_STARROCKS_INSTANCE_ID);
	}

	static NewTask newTask(String taskName, String targetDatabase) {
		return new NewTask(taskName, TaurusHtapEmulator.DEMO_TAURUS_INSTANCE_ID, "src_db", targetDatabase);
	}

}
