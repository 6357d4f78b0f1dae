package io.github.taurusdbhtapmock.admin;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.taurusdbhtapmock.admin.api.Topology;
import io.github.taurusdbhtapmock.admin.wire.RawBody;
import io.github.taurusdbhtapmock.platform.web.ApiMediaType;

/**
 * {@code GET /_emulator/topology} shows every project's instances; {@code POST} adds
 * instances, read replicas, databases and tables, in the seed file's shape with
 * snake_case names, checked with the API's rules.
 */
@RestController
@RequestMapping(path = ControlPlaneProperties.PATH_PREFIX + "/topology", produces = ApiMediaType.JSON_UTF8_VALUE)
class TopologyController {

	private final ControlPlane controlPlane;

	TopologyController(ControlPlane controlPlane) {
		this.controlPlane = controlPlane;
	}

	@GetMapping
	Topology topology() {
		return this.controlPlane.topology();
	}

	/**
	 * The body is read as the control plane's Java door reads it, so both refuse alike.
	 */
	@PostMapping
	@Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Topology.class))))
	Topology addTopology(HttpServletRequest request) throws IOException {
		return this.controlPlane.addTopology(RawBody.text(request));
	}

}
