package io.github.taurusdbhtapmock.support;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of tests that talk HTTP to the emulator, started once on a random port with the
 * demo topology. Jobs and full synchronizations are instant here, so a task is usable as
 * soon as its create returns; tests of timing run their own context with a clock they
 * move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.jobs.duration=0s", "emulator.replication.full-sync-duration=0s" })
public abstract class EmulatorTest {

	@LocalServerPort
	private int port;

	protected ApiClient api;

	@BeforeEach
	void connect() {
		this.api = ApiClient.forPort(this.port);
	}

	protected int port() {
		return this.port;
	}

	/** A create body for the demo topology. */
	protected static String createBody(String taskName, String sourceDatabase, String targetDatabase) {
		return """
				{"source_instance_id":"%s","source_node_id":"%s","source_database":"%s","target_database":"%s","task_name":"%s"}"""
			.formatted(ApiClient.SOURCE_INSTANCE, ApiClient.READ_REPLICA, sourceDatabase, targetDatabase, taskName);
	}

	/**
	 * Creates and starts a task from src_db into a new destination database; returns its
	 * name.
	 */
	protected String createTask() {
		String task = Names.unique("task");
		this.api.post(ApiClient.REPLICATION_PATH, createBody(task, "src_db", Names.unique("tgt"))).assertOk();
		return task;
	}

}
