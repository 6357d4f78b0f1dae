package io.github.taurusdbhtapmock.service.replication.dbconfig;

import org.springframework.stereotype.Component;

/**
 * Checks a submitted parameter: it must be in the catalogue and its value of the right
 * type and in range.
 */
@Component
public class DbConfigChecker {

	private final DbParameterCatalogue catalogue;

	public DbConfigChecker(DbParameterCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public DbConfigCheck check(String paramName, String value) {
		boolean passed = this.catalogue.find(paramName).map((parameter) -> parameter.accepts(value)).orElse(false);
		return new DbConfigCheck(paramName, value, passed);
	}

}
