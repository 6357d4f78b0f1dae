package io.github.taurusdbhtapmock.service.replication;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;
import io.github.taurusdbhtapmock.service.topology.StarRocksInstance;
import io.github.taurusdbhtapmock.service.topology.TaurusInstance;
import io.github.taurusdbhtapmock.service.topology.TopologyRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored task holds the topology's own Strings for what every task of an instance
 * shares, not the request's copies: with hundreds of thousands of tasks created by a load
 * test, those copies were a third of the heap (docs/performance.md).
 */
class TaskFootprintTest extends EmulatorTest {

	@Autowired
	private TaskRepository tasks;

	@Autowired
	private TopologyRepository topology;

	@Test
	void aCreatedTaskSharesTheTopologysStrings() {
		String name = createTask();

		ReplicationTask task = this.tasks
			.withInstance(ApiClient.PROJECT, ApiClient.INSTANCE, (instanceTasks) -> instanceTasks.byName(name))
			.orElseThrow();
		StarRocksInstance instance = this.topology.starRocksInstance(ApiClient.PROJECT, ApiClient.INSTANCE)
			.orElseThrow();
		TaurusInstance source = this.topology.taurusInstance(ApiClient.PROJECT, ApiClient.SOURCE_INSTANCE)
			.orElseThrow();

		assertThat(task.projectId()).isSameAs(instance.projectId());
		assertThat(task.instanceId()).isSameAs(instance.id());
		assertThat(task.sourceInstanceId()).isSameAs(source.id());
		assertThat(task.sourceDatabase()).isSameAs(source.database("src_db").orElseThrow().name());
		assertThat(task.config().sourceNodeId()).isSameAs(source.readReplica(ApiClient.READ_REPLICA).orElseThrow());
		// what is the task's own is kept as sent
		assertThat(task.taskName()).isEqualTo(name);
	}

}
