package io.github.taurusdbhtapmock.admin.journal;

import jakarta.servlet.http.HttpServletRequest;

import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;

/**
 * What the control plane reads from a request's path, the same way for the journal and
 * for fault rules.
 */
public final class RequestPaths {

	private static final String API_PREFIX = "/v3/";

	private static final String ACTUATOR_PREFIX = "/actuator";

	private RequestPaths() {
	}

	/**
	 * The tenant project a request addresses: the segment after /v3/, as sent, even when
	 * it is not a valid id (the journal shows what the client did); null outside /v3.
	 */
	public static String projectId(String path) {
		if (path == null || !path.startsWith(API_PREFIX)) {
			return null;
		}
		int end = path.indexOf('/', API_PREFIX.length());
		String segment = path.substring(API_PREFIX.length(), (end >= 0) ? end : path.length());
		return segment.isEmpty() ? null : segment;
	}

	/**
	 * Whether a request belongs to the emulator's own machinery (the control plane,
	 * actuator endpoints) rather than the emulated API: such requests are neither
	 * journaled nor faulted.
	 */
	public static boolean isEmulatorMachinery(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return isUnder(path, ControlPlaneProperties.PATH_PREFIX) || isUnder(path, ACTUATOR_PREFIX);
	}

	private static boolean isUnder(String path, String prefix) {
		return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
	}

}
