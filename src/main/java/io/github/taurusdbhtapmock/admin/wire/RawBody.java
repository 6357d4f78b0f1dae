package io.github.taurusdbhtapmock.admin.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The body of a control-plane call as UTF-8 text, read from the raw stream whatever its
 * Content-Type says: Spring MVC would rebuild a body labelled as a form (curl's default
 * for {@code -d}) from its parameters, which mangles JSON.
 */
public final class RawBody {

	private RawBody() {
	}

	public static String text(HttpServletRequest request) throws IOException {
		return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * At most {@code maxBytes} bytes: a runaway client cannot make the emulator buffer
	 * without end; the reader of the body refuses one that fills them.
	 */
	public static String text(HttpServletRequest request, int maxBytes) throws IOException {
		return new String(request.getInputStream().readNBytes(maxBytes), StandardCharsets.UTF_8);
	}

}
