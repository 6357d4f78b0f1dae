package io.github.taurusdbhtapmock.gateway.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The X-Sdk-Date header: when the client signed, in UTC, as {@code yyyyMMdd'T'HHmmss'Z'}.
 */
public final class SdkDate {

	public static final String HEADER = "X-Sdk-Date";

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withResolverStyle(ResolverStyle.STRICT);

	private SdkDate() {
	}

	/**
	 * Empty when absent or not of that form (a day 31 of a 30-day month is not a date
	 * either).
	 */
	public static Optional<Instant> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDateTime.parse(value.trim(), FORMAT).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public static String format(Instant instant) {
		return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
	}

	/**
	 * The gateway accepts a signature made at most maxSkew before or after its own clock,
	 * boundaries included.
	 */
	public static boolean isCurrent(Instant signedAt, Instant now, Duration maxSkew) {
		return Duration.between(signedAt, now).abs().compareTo(maxSkew) <= 0;
	}

}
