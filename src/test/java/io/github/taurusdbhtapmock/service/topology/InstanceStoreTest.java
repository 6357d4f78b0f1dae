package io.github.taurusdbhtapmock.service.topology;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.taurusdbhtapmock.platform.persistence.ProjectScope;
import io.github.taurusdbhtapmock.platform.persistence.WriteLog;
import io.github.taurusdbhtapmock.service.topology.InstanceStore.InstanceKey;
import io.github.taurusdbhtapmock.service.topology.InstanceStore.InstanceScope;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceStoreTest {

	private final List<Object> logged = new ArrayList<>();

	private final WriteLog writeLog = (type, data) -> this.logged.add(type + " " + data.get());

	private final InstanceStore<List<String>> store = new InstanceStore<>(this.writeLog, "items.cleared",
			(key) -> new ArrayList<>());

	@Test
	void anInstanceGetsItsStateOnFirstUseAndKeepsIt() {
		add("p1", "i1", "a");
		add("p1", "i1", "b");
		add("p2", "i1", "c");

		assertThat(items("p1", "i1")).containsExactly("a", "b");
		assertThat(this.store.instances()).containsExactlyInAnyOrder(new InstanceKey("p1", "i1"),
				new InstanceKey("p2", "i1"));
		assertThat(this.store.total(null, List::size)).isEqualTo(3);
		assertThat(this.store.total("p1", List::size)).isEqualTo(2);
	}

	@Test
	void aClearingForgetsOneProjectOrAllAndIsLogged() {
		add("p1", "i1", "a");
		add("p2", "i1", "b");

		this.store.clear("p1");
		assertThat(this.store.instances()).containsExactly(new InstanceKey("p2", "i1"));

		this.store.clear(null);
		assertThat(this.store.instances()).isEmpty();
		assertThat(this.logged).containsExactly("items.cleared " + new ProjectScope("p1"),
				"items.cleared " + new ProjectScope(null));
	}

	@Test
	void aForgottenInstanceIsLoggedOnlyWhenItHeldState() {
		add("p1", "i1", "a");

		this.store.forgetInstance("p1", "i1", "items.instance-forgotten");
		this.store.forgetInstance("p1", "i2", "items.instance-forgotten");

		assertThat(this.store.instances()).isEmpty();
		assertThat(this.logged).containsExactly("items.instance-forgotten " + new InstanceScope("p1", "i1"));
	}

	@Test
	void replacingEverythingClearsFirstThenFills() {
		add("p1", "i1", "old");

		this.store.replaceAll(() -> {
			this.store.put("p1", "i2", new ArrayList<>(List.of("put")));
			add("p2", "i1", "added");
		});

		assertThat(this.store.instances()).containsExactlyInAnyOrder(new InstanceKey("p1", "i2"),
				new InstanceKey("p2", "i1"));
		assertThat(items("p1", "i2")).containsExactly("put");
		assertThat(this.logged).containsExactly("items.cleared " + new ProjectScope(null));
	}

	private List<String> items(String projectId, String instanceId) {
		return this.store.withInstance(projectId, instanceId, (items) -> List.copyOf(items));
	}

	private void add(String projectId, String instanceId, String item) {
		this.store.withInstance(projectId, instanceId, (items) -> items.add(item));
	}

}
