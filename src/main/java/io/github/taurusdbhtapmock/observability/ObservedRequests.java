package io.github.taurusdbhtapmock.observability;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;

/**
 * Which exchanges the call log and the metrics look at. Not the actuator's: scrapes and
 * health probes every few seconds would bury the calls a user is looking for. (With the
 * endpoints at the root, they cannot be told from unknown routes by path, and are
 * observed.)
 */
@Component
class ObservedRequests {

	private static final String CONTROL_PLANE = ControlPlaneProperties.PATH_PREFIX + "/";

	private final String managementBasePath;

	ObservedRequests(@Value("${management.endpoints.web.base-path:/actuator}") String managementBasePath) {
		this.managementBasePath = managementBasePath;
	}

	boolean observed(HttpServletRequest request) {
		if (this.managementBasePath.isEmpty() || "/".equals(this.managementBasePath)) {
			return true;
		}
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		String path = (!contextPath.isEmpty() && uri.startsWith(contextPath)) ? uri.substring(contextPath.length())
				: uri;
		return !(path.startsWith(this.managementBasePath) && (path.length() == this.managementBasePath.length()
				|| path.charAt(this.managementBasePath.length()) == '/'));
	}

	/** A call to the emulator's own /_emulator endpoints, not to the emulated API. */
	static boolean isControlPlane(String path) {
		return path.startsWith(CONTROL_PLANE);
	}

}
