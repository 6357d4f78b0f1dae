package io.github.taurusdbhtapmock.service.logquery.wire;

/**
 * What both log queries share: the node, the time range, the page size and the cursor.
 */
public interface LogWindow {

	/** The largest page a log query answers. */
	int MAX_LIMIT = 5000;

	/** A line number as the replies give it: digits. */
	String LINE_NUM = "[0-9]{1,19}";

	String nodeId();

	String startTime();

	String endTime();

	String lineNum();

	/** The page size, once the request is valid. */
	int pageSize();

}
