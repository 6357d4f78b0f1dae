package io.github.taurusdbhtapmock.admin;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.api.ImportedState;
import io.github.taurusdbhtapmock.admin.api.ResetResult;
import io.github.taurusdbhtapmock.admin.wire.RawBody;
import io.github.taurusdbhtapmock.admin.wire.StateDocument;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * {@code GET|PUT /_emulator/state} and {@code POST /_emulator/reset[?project_id=]}. The
 * state travels as JSON text, which the control plane reads and writes; the annotations
 * tell the API description its shape.
 */
@RestController
class StateController {

	private static final String STATE = ControlPlaneProperties.PATH_PREFIX + "/state";

	private final ControlPlane controlPlane;

	StateController(ControlPlane controlPlane) {
		this.controlPlane = controlPlane;
	}

	@GetMapping(path = STATE, produces = ApiMediaType.JSON_UTF8_VALUE)
	@Operation(responses = @ApiResponse(responseCode = "200",
			content = @Content(schema = @Schema(implementation = StateDocument.class))))
	String exportState() {
		return this.controlPlane.exportState();
	}

	@PutMapping(path = STATE, produces = ApiMediaType.JSON_UTF8_VALUE)
	@Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = StateDocument.class))))
	ImportedState importState(HttpServletRequest request) throws IOException {
		return this.controlPlane.importState(RawBody.text(request));
	}

	@PostMapping(path = ControlPlaneProperties.PATH_PREFIX + "/reset", produces = ApiMediaType.JSON_UTF8_VALUE)
	ResetResult reset(@RequestParam(name = "project_id", required = false) String projectId) {
		return (projectId != null) ? this.controlPlane.reset(projectId) : this.controlPlane.reset();
	}

}
