package io.github.taurusdbhtapmock.service.dbuser;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.springframework.stereotype.Component;

/**
 * Turns a password into what the emulator keeps of it: PBKDF2 with HMAC-SHA256 from the
 * JDK, a random salt per password, written
 * {@code pbkdf2-sha256$<iterations>$<salt>$<key>}. The clear password is never stored,
 * logged or exported; nothing reads it back either, the hash only proves that a password
 * was set and changed.
 */
@Component
class PasswordHasher {

	/**
	 * Enough to make the stored hashes costly to attack, few enough that a create stays a
	 * few milliseconds on a small machine.
	 */
	static final int ITERATIONS = 10_000;

	private static final int SALT_BYTES = 16;

	private static final int KEY_BITS = 256;

	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

	private final SecureRandom random = new SecureRandom();

	String hash(String password) {
		byte[] salt = new byte[SALT_BYTES];
		this.random.nextBytes(salt);
		Base64.Encoder base64 = Base64.getEncoder();
		return "pbkdf2-sha256$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
				+ base64.encodeToString(derive(password, salt, ITERATIONS));
	}

	/** Whether {@code password} is the one {@code hash} was made from. */
	boolean matches(String password, String hash) {
		String[] parts = hash.split("\\$");
		if (parts.length != 4) {
			return false;
		}
		Base64.Decoder base64 = Base64.getDecoder();
		byte[] expected = base64.decode(parts[3]);
		return MessageDigest.isEqual(expected, derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1])));
	}

	private static byte[] derive(String password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ALGORITHM + " is part of every JDK", ex);
		}
		finally {
			spec.clearPassword();
		}
	}

}
