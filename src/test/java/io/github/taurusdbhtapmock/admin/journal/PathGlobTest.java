package io.github.taurusdbhtapmock.admin.journal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathGlobTest {

	@ParameterizedTest(name = "{0} ~ {1}: {2}")
	@CsvSource({ "/v3/*/jobs, /v3/abc/jobs, true", "/v3/*/jobs, /v3/a/b/jobs, false", "/v3/*/jobs, /v3//jobs, true",
			"/v3/**/replication, /v3/p/instances/i/starrocks/databases/replication, true",
			"/v3/**/replication, /v3/p/instances/i/starrocks/databases/replication/configuration, false",
			"/v3/**, /v3/p/jobs, true", "/**, /anything/at/all, true", "/v3/p/jobs, /v3/p/jobs, true",
			"/v3/p/jobs, /v3/p/jobs/x, false", "/v3/p.q/jobs, /v3/pxq/jobs, false",
			"/v3/*-in17/x, /v3/abc-in17/x, true", "/v3/(a)+/x, /v3/(a)+/x, true" })
	void starsMatchWithinASegmentAndDoubleStarsAcrossSegmentsEverythingElseLiterally(String glob, String path,
			boolean matches) {
		assertThat(PathGlob.compile(glob).matches(path)).isEqualTo(matches);
	}

}
