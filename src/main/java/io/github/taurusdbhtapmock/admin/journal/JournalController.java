package io.github.taurusdbhtapmock.admin.journal;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.ControlPlane;
import io.github.taurusdbhtapmock.admin.ControlPlaneProperties;
import io.github.taurusdbhtapmock.admin.api.JournalListing;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * {@code /_emulator/requests}: what the emulated API was asked, for tests to assert on.
 */
@RestController
@RequestMapping(path = ControlPlaneProperties.PATH_PREFIX + "/requests", produces = ApiMediaType.JSON_UTF8_VALUE)
class JournalController {

	private final ControlPlane controlPlane;

	JournalController(ControlPlane controlPlane) {
		this.controlPlane = controlPlane;
	}

	/**
	 * Every parameter, so that the control plane can refuse one it does not know; the API
	 * description lists the filters themselves.
	 */
	@GetMapping
	JournalListing journal(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		return this.controlPlane.journal(parameters);
	}

	@DeleteMapping
	JournalClearedResponse clearJournal() {
		return new JournalClearedResponse(this.controlPlane.clearJournal());
	}

}
