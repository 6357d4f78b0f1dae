package io.github.taurusdbhtapmock.admin.api;

/**
 * The demo topology the emulator seeds unless told otherwise, and the demo access key:
 * the one place its ids are spelled in code. The seed itself is {@code emulator.topology}
 * in the emulator's {@code application.yml}; a test checks that the two agree.
 */
public final class DemoTopology {

	/** The tenant project. */
	public static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";

	/** The StarRocks instance (3 BE nodes), attached to {@link #TAURUS_INSTANCE_ID}. */
	public static final String STARROCKS_INSTANCE_ID = "aaaabbbbccccddddeeeeffff00001111in17";

	/**
	 * The TaurusDB source instance, with the databases {@link #SOURCE_DATABASE} and
	 * {@link #SALES_DATABASE}.
	 */
	public static final String TAURUS_INSTANCE_ID = "1111aaaa2222bbbb3333cccc4444ddddin07";

	/** The read replica of {@link #TAURUS_INSTANCE_ID}. */
	public static final String READ_REPLICA_ID = "5555eeee6666ffff7777gggg8888hhhhno07";

	/** Tables {@code t1}, {@code t2} and {@code orders}. */
	public static final String SOURCE_DATABASE = "src_db";

	/** Tables {@code orders}, {@code customers} and {@code items}. */
	public static final String SALES_DATABASE = "sales";

	/** The demo access key, accepted in every authentication mode. */
	public static final String ACCESS_KEY = "TESTAK0123456789ABCD";

	/** The demo key's secret. */
	public static final String SECRET_KEY = "TESTSK0123456789abcdefghijklmnopqrstuvwx";

	private DemoTopology() {
	}

}
