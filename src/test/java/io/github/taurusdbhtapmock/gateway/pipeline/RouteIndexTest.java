package io.github.taurusdbhtapmock.gateway.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouteIndexTest {

	private final RouteIndex<String> index = new RouteIndex<>(routes());

	private static Map<String, List<String>> routes() {
		Map<String, List<String>> routes = new LinkedHashMap<>();
		routes.put("jobs", List.of("/v3/{project_id}/jobs"));
		routes.put("instance", List.of("/v3/{project_id}/instances/{instance_id}/starrocks/{starrocks_instance_id}"));
		routes.put("databases", List.of("/v3/{project_id}/instances/{instance_id}/starrocks/databases"));
		routes.put("two paths", List.of("/a/{x}", "/b/{x}/c"));
		routes.put("wildcard", List.of("/_emulator/files/**"));
		routes.put("regex", List.of("/r/{id:\\d+}"));
		return routes;
	}

	@Test
	void aPathIsACandidateOfTheRoutesWithItsWordsAndSegmentCount() {
		assertThat(this.index.candidates(segments("/v3/p1/jobs"))).containsExactly("wildcard", "regex", "jobs");
		assertThat(this.index.candidates(segments("/v3/p1/instances/i1/starrocks/databases")))
			.containsExactlyInAnyOrder("wildcard", "regex", "instance", "databases");
		assertThat(this.index.candidates(segments("/v3/p1/instances/i1/starrocks/s1")))
			.containsExactlyInAnyOrder("wildcard", "regex", "instance");
	}

	@Test
	void aPathWithAnotherWordOrSegmentCountIsACandidateOfTheUnindexedRoutesOnly() {
		assertThat(this.index.candidates(segments("/v3/p1/job"))).containsExactly("wildcard", "regex");
		assertThat(this.index.candidates(segments("/v3/p1/jobs/j1"))).containsExactly("wildcard", "regex");
		assertThat(this.index.candidates(segments("/v3/p1"))).containsExactly("wildcard", "regex");
		assertThat(this.index.candidates(segments("/"))).containsExactly("wildcard", "regex");
	}

	@Test
	void aRouteWithTwoPatternsIsIndexedByEach() {
		assertThat(this.index.candidates(segments("/a/1"))).contains("two paths");
		assertThat(this.index.candidates(segments("/b/1/c"))).contains("two paths");
		assertThat(this.index.candidates(segments("/b/1"))).doesNotContain("two paths");
	}

	@Test
	void aWordIsALiteralOfARouteThatAgreesUpToIt() {
		assertThat(this.index.isWordAt(segments("/v3/p1/instances/i1/starrocks/databases"), 5)).isTrue();
		assertThat(this.index.isWordAt(segments("/v3/p1/instances/i1/starrocks/s1"), 5)).isFalse();
		assertThat(this.index.isWordAt(segments("/v3/jobs/instances"), 1)).isFalse();
		assertThat(this.index.isWordAt(segments("/v3/p1/jobs"), 2)).isTrue();
	}

	private static List<String> segments(String path) {
		return PublishedApis.segments(path);
	}

}
