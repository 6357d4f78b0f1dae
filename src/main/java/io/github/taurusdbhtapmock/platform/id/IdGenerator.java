package io.github.taurusdbhtapmock.platform.id;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Makes the ids the emulator hands out: random ones, or, with a seed, the same sequence
 * on every fresh start. Shared by every thread; {@link Random} is thread-safe, and with a
 * seed the sequence is the same only when the requests arrive in the same order.
 */
@Component
public class IdGenerator {

	private final Random random;

	public IdGenerator(IdProperties properties) {
		this.random = (properties.seed() != null) ? new Random(properties.seed()) : new SecureRandom();
	}

	/** A job id: a version-4 UUID, as the task center's ids are. */
	public String jobId() {
		byte[] bytes = next(16);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		long most = 0;
		long least = 0;
		for (int i = 0; i < 8; i++) {
			most = (most << 8) | (bytes[i] & 0xff);
			least = (least << 8) | (bytes[i + 8] & 0xff);
		}
		return new UUID(most, least).toString();
	}

	/** A request id: 32 hex digits, the form the gateway uses. */
	public String requestId() {
		return HexFormat.of().formatHex(next(16));
	}

	/** A draw in [0, 1), for rules that fire with a probability. */
	public double nextDouble() {
		return this.random.nextDouble();
	}

	private byte[] next(int length) {
		byte[] bytes = new byte[length];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
