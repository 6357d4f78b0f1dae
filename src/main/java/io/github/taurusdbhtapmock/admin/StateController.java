package io.github.taurusdbhtapmock.admin;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.taurusdbhtapmock.admin.wire.StateDocument;
import io.github.taurusdbhtapmock.platform.validation.ProjectId;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/** {@code GET|PUT /_emulator/state} and {@code POST /_emulator/reset[?project_id=]}. */
@RestController
class StateController {

	private final StateService state;

	StateController(StateService state) {
		this.state = state;
	}

	@GetMapping(path = ControlPlaneProperties.PATH_PREFIX + "/state", produces = ApiMediaType.JSON_UTF8_VALUE)
	StateDocument export() {
		return this.state.export();
	}

	@PutMapping(path = ControlPlaneProperties.PATH_PREFIX + "/state", produces = ApiMediaType.JSON_UTF8_VALUE)
	Counts importState(@Valid @RequestBody StateDocument document, Locale locale) {
		this.state.importState(document, locale);
		return new Counts(document.tasks().size(), document.jobs().size());
	}

	@PostMapping(path = ControlPlaneProperties.PATH_PREFIX + "/reset", produces = ApiMediaType.JSON_UTF8_VALUE)
	Reset reset(@RequestParam(name = "project_id", required = false) @ProjectId String projectId) {
		this.state.reset(projectId);
		return new Reset((projectId != null) ? projectId : "*");
	}

	record Counts(@JsonProperty("tasks") int tasks, @JsonProperty("jobs") int jobs) {
	}

	record Reset(@JsonProperty("reset") String projects) {
	}

}
