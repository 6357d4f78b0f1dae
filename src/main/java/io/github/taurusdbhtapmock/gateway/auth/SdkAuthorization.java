package io.github.taurusdbhtapmock.gateway.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Authorization header the SDKs send with AK/SK signing:
 * {@code SDK-HMAC-SHA256 Access=<ak>, SignedHeaders=<a;b;c>, Signature=<hex>}.
 */
public record SdkAuthorization(String access, List<String> signedHeaders, String signature) {

	public static final String ALGORITHM = "SDK-HMAC-SHA256";

	private static final Pattern HEADER = Pattern
		.compile("SDK-HMAC-SHA256\\s+Access=([^,\\s]+),\\s*SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-fA-F]+)\\s*");

	public SdkAuthorization {
		signedHeaders = List.copyOf(signedHeaders);
	}

	/**
	 * Empty when the header is not of that form, so the caller can tell a malformed
	 * header from a wrong one.
	 */
	public static Optional<SdkAuthorization> parse(String header) {
		if (header == null) {
			return Optional.empty();
		}
		Matcher matcher = HEADER.matcher(header);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		// The SDKs write the names lower-cased already; this only forgives hand-made
		// headers.
		List<String> names = Arrays.stream(matcher.group(2).split(";"))
			.map((name) -> name.trim().toLowerCase(Locale.ROOT))
			.toList();
		if (names.stream().anyMatch(String::isEmpty)) {
			return Optional.empty();
		}
		return Optional.of(new SdkAuthorization(matcher.group(1), names, matcher.group(3).toLowerCase(Locale.ROOT)));
	}

}
