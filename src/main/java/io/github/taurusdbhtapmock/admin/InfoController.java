package io.github.taurusdbhtapmock.admin;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.api.EmulatorInfo;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/** {@code GET /_emulator/info}: what is running, since when, and how much it holds. */
@RestController
class InfoController {

	private final ControlPlane controlPlane;

	InfoController(ControlPlane controlPlane) {
		this.controlPlane = controlPlane;
	}

	@GetMapping(path = ControlPlaneProperties.PATH_PREFIX + "/info", produces = ApiMediaType.JSON_UTF8_VALUE)
	EmulatorInfo info() {
		return this.controlPlane.info();
	}

}
