package io.github.taurusdbhtapmock.service.validation;

/**
 * What a password is made of, by the rule the API applies to every password it sets (an
 * instance's root password and a database user's): upper-case letters, lower-case
 * letters, digits and the special characters it allows are the four kinds, and any other
 * character is not allowed.
 *
 * @param kinds how many of the four kinds the password mixes
 * @param onlyAllowedCharacters whether every character is of one of the four kinds
 */
public record PasswordKinds(int kinds, boolean onlyAllowedCharacters) {

	public static PasswordKinds of(String password, String specialCharacters) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean special = false;
		boolean allowed = true;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else if (specialCharacters.indexOf(c) >= 0) {
				special = true;
			}
			else {
				allowed = false;
			}
		}
		return new PasswordKinds((upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (special ? 1 : 0), allowed);
	}

}
