package io.github.taurusdbhtapmock.admin;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.api.ClockState;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * The emulator's clock: {@code GET /_emulator/clock}, and
 * {@code POST /_emulator/clock/advance?seconds=N} when it runs in manual mode.
 */
@RestController
@RequestMapping(path = ControlPlaneProperties.PATH_PREFIX + "/clock", produces = ApiMediaType.JSON_UTF8_VALUE)
class ClockController {

	private final ControlPlane controlPlane;

	ClockController(ControlPlane controlPlane) {
		this.controlPlane = controlPlane;
	}

	@GetMapping
	ClockState clock() {
		return this.controlPlane.clock();
	}

	@PostMapping("/advance")
	ClockState advanceClock(@RequestParam(name = "seconds", required = false) String seconds) {
		return this.controlPlane.advanceClock(seconds);
	}

}
