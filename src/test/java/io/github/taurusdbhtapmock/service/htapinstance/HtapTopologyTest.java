package io.github.taurusdbhtapmock.service.htapinstance;

import org.springframework.test.context.TestPropertySource;

import io.github.taurusdbhtapmock.support.ApiClient;
import io.github.taurusdbhtapmock.support.EmulatorTest;

/**
 * Base of the HTAP instance tests: the emulator with htap-instances.yml, whose StarRocks
 * instances are linked to one TaurusDB instance, to the other, or to none. Its tests
 * share one emulator, apart from the demo one.
 */
@TestPropertySource(properties = "spring.config.additional-location=classpath:htap-instances.yml")
abstract class HtapTopologyTest extends EmulatorTest {

	static final String PROJECT = ApiClient.PROJECT;

	/**
	 * The second tenant: the same StarRocks id linked to its own TaurusDB instance, and
	 * an empty TaurusDB.
	 */
	static final String OTHER_PROJECT = "fedcba9876543210fedcba9876543210";

	static final String TAURUS_A = ApiClient.SOURCE_INSTANCE;

	static final String TAURUS_B = "2222aaaa2222bbbb3333cccc4444ddddin07";

	/** In OTHER_PROJECT only, with no HTAP instance attached. */
	static final String TAURUS_WITHOUT_HTAP = "3333aaaa2222bbbb3333cccc4444ddddin07";

	/** Linked to TAURUS_A, 3 BE nodes: a Cluster. */
	static final String LINKED_TO_A = ApiClient.INSTANCE;

	/** Linked to TAURUS_B, 1 BE node: Single. */
	static final String LINKED_TO_B = "aaaabbbbccccddddeeeeffff00002222in17";

	/** Not linked, so attached to TAURUS_A and TAURUS_B; 5 BE nodes and no name. */
	static final String UNLINKED = "aaaabbbbccccddddeeeeffff00003333in17";

	/** Well-formed, in no project. */
	static final String UNKNOWN_STARROCKS = "aaaabbbbccccddddeeeeffff00009999in17";

	static final String UNKNOWN_TAURUS = "9999aaaa2222bbbb3333cccc4444ddddin07";

	static String databasesPath(String project, String starRocksId) {
		return "/v3/" + project + "/instances/" + starRocksId + "/starrocks/databases";
	}

	static String htapPath(String project, String taurusId) {
		return "/v3/" + project + "/instances/" + taurusId + "/htap";
	}

	static String starRocksPath(String project, String taurusId, String starRocksId) {
		return "/v3/" + project + "/instances/" + taurusId + "/starrocks/" + starRocksId;
	}

}
