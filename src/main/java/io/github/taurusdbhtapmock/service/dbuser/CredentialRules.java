package io.github.taurusdbhtapmock.service.dbuser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.platform.error.ApiException;
import io.github.taurusdbhtapmock.platform.error.ErrorCode;
import io.github.taurusdbhtapmock.service.validation.PasswordKinds;

/**
 * The documented rules for a database user's name and password (the SDK's
 * StarRocksDatabaseUserInfo): a name of 2 to 32 characters, starting with a lowercase
 * letter, ending with a lowercase letter or digit, lowercase letters, digits and
 * underscores in between; a password of 8 to 32 characters with at least three of
 * uppercase letters, lowercase letters, digits and the special characters
 * {@value #SPECIALS}, neither the user name nor the name reversed. Names the instance
 * keeps for itself are refused too (docs/decisions.md, 35).
 */
@Component
class CredentialRules {

	static final String SPECIALS = "~!@#%^*-_=+?,";

	/** The account of the instance's owner: its password can change, nothing else. */
	static final String ROOT = "root";

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}[a-z0-9]");

	/**
	 * StarRocks' own accounts and roles, and the service's maintenance accounts (as on
	 * TaurusDB), which a tenant can neither create nor change.
	 */
	private static final Set<String> RESERVED = Set.of(ROOT, "admin", "public", "db_admin", "user_admin",
			"cluster_admin", "security_admin", "rdsadmin", "rdsbackup", "rdsmetric", "rdsrepl", "rdsproxy", "rdsdms",
			"rdsddm");

	/** A name a tenant's user may have. */
	void requireValidName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new ApiException(ErrorCode.DATABASE_USER_NAME_INVALID, "detail.user-name-format", name);
		}
		requireNotReserved(name);
	}

	void requireNotReserved(String name) {
		if (RESERVED.contains(name)) {
			throw new ApiException(ErrorCode.DATABASE_USER_NAME_INVALID, "detail.user-name-reserved", name);
		}
	}

	/** A password strong enough for the user, answered without quoting it. */
	void requireStrongPassword(String userName, String password) {
		int length = password.codePointCount(0, password.length());
		if (length < 8 || length > 32) {
			throw weak("detail.password-length");
		}
		PasswordKinds kinds = PasswordKinds.of(password, SPECIALS);
		if (!kinds.onlyAllowedCharacters()) {
			throw weak("detail.password-character");
		}
		if (kinds.kinds() < 3) {
			throw weak("detail.password-kinds");
		}
		String lowered = password.toLowerCase(Locale.ROOT);
		String name = userName.toLowerCase(Locale.ROOT);
		if (lowered.equals(name) || lowered.equals(new StringBuilder(name).reverse().toString())) {
			throw weak("detail.password-is-name");
		}
	}

	private static ApiException weak(String detailKey) {
		return new ApiException(ErrorCode.WEAK_PASSWORD, detailKey, SPECIALS);
	}

}
