package io.github.taurusdbhtapmock.service.replication.tableconfig;

/**
 * Why a table_config fails its check; the reason is logged, since the wire result only
 * says "failed".
 */
class InvalidTableConfigException extends Exception {

	InvalidTableConfigException(String reason) {
		super(reason, null, false, false);
	}

}
